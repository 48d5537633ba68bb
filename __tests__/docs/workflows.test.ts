import { describe, expect, it } from '@jest/globals'
import { isThisAction, usageProblems, usesIn } from './action-usage.js'
import { ALL_SOURCES, CONTRACT, ENTRY_FIELDS, EXAMPLES, OWN_WORKFLOWS } from './documented.js'
import { workflowSchemaProblems } from './schema.js'
import type { YamlSource } from './sources.js'
import { isCompleteWorkflow, parseSource } from './sources.js'
import { workflowProblems } from './workflow-refs.js'

/** Every problem the docs test finds in one source: parse, schema, inputs and outputs. */
function problemsOf(source: YamlSource): string[] {
  const { value, problems } = parseSource(source)
  if (problems.length > 0) return problems
  const schema = isCompleteWorkflow(value) ? workflowSchemaProblems(source.text) : []
  return [
    ...schema.map(problem => `schema: ${problem}`),
    ...usageProblems(value, CONTRACT),
    ...workflowProblems(value, ENTRY_FIELDS)
  ]
}

const snippet = (text: string): YamlSource => ({ name: 'snippet', text, firstLine: 1 })
const usesOf = (source: YamlSource) => usesIn(parseSource(source).value)

describe.each(ALL_SOURCES.map(source => [source.name, source] as const))('%s', (_, source) => {
  it('parses, validates against the workflow schema, and uses only real inputs and outputs', () => {
    expect(problemsOf(source)).toEqual([])
  })
})

describe('the workflow files', () => {
  it('are there: examples and the project’s own', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6)
    expect(OWN_WORKFLOWS.map(source => source.name).sort()).toEqual(
      ['ci.yml', 'release.yml', 'self-test.yml'].map(name => `.github/workflows/${name}`)
    )
  })

  it.each([...EXAMPLES, ...OWN_WORKFLOWS].map(source => [source.name, source] as const))(
    '%s is a complete workflow',
    (_, source) => {
      expect(isCompleteWorkflow(parseSource(source).value)).toBe(true)
    }
  )

  it.each(EXAMPLES.map(source => [source.name, source] as const))(
    '%s uses the published action',
    (_, source) => {
      expect(usesOf(source).some(isThisAction)).toBe(true)
    }
  )
})

describe('this action', () => {
  it('is used as registry-tags/registry-tags@v1 in the docs, and as ./ only by the self-test', () => {
    const refs = ALL_SOURCES.flatMap(source =>
      usesOf(source)
        .filter(ref => isThisAction(ref) || ref.startsWith('registry-tags/'))
        .map(ref => `${source.name.startsWith('.github/') ? 'own' : 'docs'} ${ref}`)
    )
    expect([...new Set(refs)].sort()).toEqual(['docs registry-tags/registry-tags@v1', 'own ./'])
  })
})

describe('versions of other actions', () => {
  it('are one per action across every workflow and snippet', () => {
    const refs = new Map<string, Set<string>>()
    for (const source of ALL_SOURCES) {
      for (const uses of usesOf(source).filter(ref => !isThisAction(ref))) {
        const [action, ref] = uses.split('@')
        if (ref !== undefined) refs.set(action!, (refs.get(action!) ?? new Set()).add(ref))
      }
    }
    const mixed = [...refs].filter(([, versions]) => versions.size > 1)
    expect(mixed.map(([action, versions]) => `${action}: ${[...versions]}`)).toEqual([])
    expect(refs.get('actions/checkout')).toBeDefined()
  })
})

const FAN_OUT = `on:
  schedule:
    - cron: '0 5 * * 1'
permissions:
  contents: read
jobs:
  scan:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.scan.outputs.matrix }}
    steps:
      - uses: actions/checkout@v7
      - id: scan
        uses: registry-tags/registry-tags@v1
        with:
          image: auto
          update-files: Dockerfile
  try:
    needs: scan
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.scan.outputs.matrix) }}
    steps:
      - env:
          IMAGE: \${{ matrix.image }}
          TAG: \${{ matrix.tag }}
        run: docker pull "$IMAGE:$TAG"
`

describe('the docs test itself', () => {
  it('passes a good workflow', () => {
    expect(problemsOf(snippet(FAN_OUT))).toEqual([])
  })

  it.each([
    ['a misspelt input', ['image: auto', 'images: auto'], "'with.images' is not an input"],
    [
      'an output that is not there',
      ['outputs.matrix }}', 'outputs.matrixx }}'],
      "'steps.scan.outputs.matrixx' is not an output"
    ],
    [
      'a step id that is not there',
      ['- id: scan', '- id: scanner'],
      "reads a step with no id 'scan'"
    ],
    [
      'an expression pasted into run',
      ['run: docker pull "$IMAGE:$TAG"', 'run: docker pull ${{ matrix.image }}'],
      'pass it through'
    ],
    ['needs.<job> without needs', ['    needs: scan\n', ''], "without 'needs: scan'"],
    [
      'a job output that is not mapped',
      ['needs.scan.outputs.matrix)', 'needs.scan.outputs.results)'],
      "job 'scan' has no output 'results'"
    ],
    [
      'a matrix field the entries lack',
      ['matrix.tag', 'matrix.newest'],
      "'matrix.newest' is not a field"
    ],
    [
      'both image and repositories',
      ['image: auto\n', 'image: auto\n          repositories: ghcr.io/o\n'],
      'exactly one of'
    ],
    [
      'image: auto without update-files',
      ['          update-files: Dockerfile\n', ''],
      "need 'update-files'"
    ],
    [
      'group without image: auto',
      [
        'image: auto',
        'image: python',
        'update-files: Dockerfile',
        'update-files: Dockerfile\n          group: true'
      ],
      "'group' groups the images"
    ],
    [
      'a switch given a word',
      ['update-files: Dockerfile', 'update-files: Dockerfile\n          group: yes please'],
      "'group' is a switch"
    ],
    [
      'a pull request without permissions',
      [
        'permissions:\n  contents: read\n',
        '',
        'update-files: Dockerfile',
        'update-files: Dockerfile\n          pull-request: true'
      ],
      "declare 'permissions:'"
    ],
    [
      'a pull request with read permissions',
      ['update-files: Dockerfile', 'update-files: Dockerfile\n          pull-request: true'],
      "needs 'permissions: contents: write'"
    ],
    [
      'a job key the schema does not know',
      ['runs-on: ubuntu-latest\n    strategy', 'runs_on: ubuntu-latest\n    strategy'],
      'schema: /jobs/try: OneOf conditions are not met'
    ],
    ['a trigger the schema does not know', ['schedule:', 'scheduled:'], 'schema: /on'],
    ['YAML that does not parse', ['  try:\n', '  try:\n   bad: indent\n'], 'snippet:']
  ])('fails on %s', (_, edits, problem) => {
    let text = FAN_OUT
    for (let i = 0; i < edits.length; i += 2) {
      expect(text).toContain(edits[i])
      text = text.replace(edits[i]!, edits[i + 1]!)
    }
    expect(problemsOf(snippet(text)).join('\n')).toContain(problem)
  })

  it('fails on a fragment that reads an output this action does not set', () => {
    const steps = `- id: python
  uses: registry-tags/registry-tags@v1
  with:
    image: python:3.12-slim
- env:
    LATEST: \${{ steps.python.outputs.latest }}
  run: echo "$LATEST"
`
    expect(problemsOf(snippet(steps))).toEqual([
      "snippet: 'steps.python.outputs.latest' is not an output of action.yml"
    ])
  })
})
