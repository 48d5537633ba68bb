/**
 * The layers of ../shared/design/style.md as lint rules: front ends
 * (src/action, src/cli) → engine → domain (versions, files, update, and the
 * pull requests in github/pulls) and clients (registry, github, credentials)
 * → transport; the GitHub client sits below the pull requests that use it
 * (github may not import github/pulls). An import that
 * points up fails `eslint` (and so `npm test`) with a message that starts
 * `layers:` and names the rule it breaks. Type-only imports count too:
 * a type that must be shared belongs in the lower layer.
 *
 * `no-restricted-imports` keeps one setting per file, so each block repeats
 * the @actions/core rule (only the action entry touches it).
 */

const ACTIONS_CORE = { name: '@actions/core', message: 'Only the action entry uses @actions/core.' }

/** The engine: the top-level modules that put a run together (not errors, logger, reference). */
const ENGINE_MODULES = [
  'engine',
  'lookup',
  'repositories',
  'run-requests',
  'pull-inputs',
  'options',
  'inputs',
  'outputs'
]

// Specifiers as written in a folder under src/ (`../registry/api.js`,
// `../../engine.js`) and in a top-level module (`./cli/args.js`).
const UP = '^(?:\\.\\./)+'
const folder = name => `${UP}${name}/`
const engine = prefix => `${prefix}(?:${ENGINE_MODULES.join('|')})\\.js$`
const TARGETS = {
  registry: folder('registry'),
  github: folder('github'),
  credentials: folder('credentials'),
  versions: folder('versions'),
  files: folder('files'),
  'the engine': engine(UP),
  'a front end': `${UP}(?:action|cli)/`,
  // From a module of src/github/ (`./pulls/…`), or one deeper down.
  pulls: '^(?:\\./|(?:\\.\\./)+github/)pulls/'
}

/** `layers: <who> may not import <what> (<why>)`: the message every broken rule reports. */
function restrict(who, what, why) {
  return what.map(name => ({
    regex: TARGETS[name],
    message: `layers: ${who} may not import ${name} (${why}).`
  }))
}

const TRANSPORT = 'transport is the bottom layer: it knows HTTP, not what is asked of it'
const NOT_UP = 'front ends → engine → domain and clients → transport; arrows point down'
const DOMAIN = 'versions and files are pure domain: they get data, never fetch it'
const CLIENTS = ['registry', 'github', 'credentials']
const GITHUB =
  'the GitHub client sits below the pull requests: pulls import it, never the other way'

/** Folder under src/ → the patterns its files may not import. */
const RULES = {
  transport: restrict(
    'transport',
    ['registry', 'github', 'versions', 'files', 'the engine'],
    TRANSPORT
  ),
  registry: restrict('registry', ['the engine', 'a front end'], NOT_UP),
  github: [
    ...restrict('github', ['the engine', 'a front end'], NOT_UP),
    ...restrict('github', ['pulls'], GITHUB)
  ],
  // After github: for a file under both, the later block's setting is the one ESLint keeps.
  'github/pulls': restrict('pulls', ['the engine', 'a front end'], NOT_UP),
  credentials: restrict('credentials', ['the engine', 'a front end'], NOT_UP),
  versions: [
    ...restrict('versions', ['the engine', 'a front end'], NOT_UP),
    ...restrict('versions', CLIENTS, DOMAIN)
  ],
  files: [
    ...restrict('files', ['the engine', 'a front end'], NOT_UP),
    ...restrict('files', CLIENTS, DOMAIN)
  ]
}

const rule = patterns => ({
  'no-restricted-imports': ['error', { paths: [ACTIONS_CORE], patterns }]
})

export const layers = [
  // Only the action entry may set outputs or fail the step.
  { files: ['src/**'], ignores: ['src/action/**'], rules: rule([]) },
  ...Object.entries(RULES).map(([name, patterns]) => ({
    files: [`src/${name}/**`],
    rules: rule(patterns)
  })),
  {
    files: ['src/reference.ts'],
    rules: rule([
      {
        regex: engine('^\\./'),
        message: `layers: reference.ts may not import the engine (${NOT_UP}).`
      },
      {
        regex: '^\\./(?:action|cli)/',
        message: `layers: reference.ts may not import a front end (${NOT_UP}).`
      }
    ])
  },
  {
    files: ENGINE_MODULES.map(m => `src/${m}.ts`),
    rules: rule([
      {
        regex: '^\\./(?:action|cli)/',
        message: `layers: the engine may not import a front end (${NOT_UP}).`
      }
    ])
  }
]
