/**
 * The command line's flags: argv → the action's input names (what
 * parseInputs reads), and every misuse a UsageError naming the flag, which
 * the command turns into exit status 2.
 */
import { describe, expect, it } from '@jest/globals'
import {
  describeUsageError,
  parseCommandLine,
  passwordFromStdin,
  USAGE
} from '../../src/cli/args.js'
import type { LookupCommand, ScanCommand } from '../../src/cli/args.js'
import { DEFAULT_SCAN_GLOBS } from '../../src/cli/usage.js'
import { UsageError } from '../../src/errors.js'
import { parseInputs } from '../../src/options.js'

function lookupOf(argv: string[]): LookupCommand {
  const command = parseCommandLine(argv)
  if (command.kind !== 'lookup') throw new Error(`expected a lookup, got ${command.kind}`)
  return command
}

function scanOf(argv: string[]): ScanCommand {
  const command = parseCommandLine(argv)
  if (command.kind !== 'scan') throw new Error(`expected a scan, got ${command.kind}`)
  return command
}

function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(argv)
  } catch (error) {
    if (error instanceof UsageError) return error
    throw error
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('flags become the inputs of the same name', () => {
  it.each<[string[], Record<string, string>]>([
    [['python'], { image: 'python' }],
    [['python:3.12-slim', '--json'], { image: 'python:3.12-slim' }],
    [
      ['--filter', '^v(?<version>.+)$', '--exclude=-rc', 'ghcr.io/o/app'],
      { image: 'ghcr.io/o/app', filter: '^v(?<version>.+)$', exclude: '-rc' }
    ],
    [
      ['--range', '>=2 <3', '--variant', 'alpine', '--precision', 'any', 'x/app'],
      { image: 'x/app', range: '>=2 <3', variant: 'alpine', precision: 'any' }
    ],
    [
      ['x/app', '--current', '1.4.0', '--platform', 'linux/arm64', '--timeout', '30'],
      { image: 'x/app', current: '1.4.0', platform: 'linux/arm64', timeout: '30' }
    ],
    [
      ['--prerelease', '--insecure', 'x/app'],
      { image: 'x/app', prerelease: 'true', insecure: 'true' }
    ],
    [['--no-docker-config', 'x/app'], { image: 'x/app', 'docker-config': 'false' }],
    [['--docker-config', 'x/app'], { image: 'x/app' }],
    [['--username', 'alice', '--password-stdin', 'x/app'], { image: 'x/app', username: 'alice' }],
    [['--', '--json'], { image: '--json' }],
    [['--', 'scan'], { image: 'scan' }],
    [['docker.io/library/scan'], { image: 'docker.io/library/scan' }]
  ])('%j', (argv, inputs) => {
    expect(lookupOf(argv).inputs).toEqual(inputs)
  })

  it('reads --json, --explain, --verbose and --password-stdin as switches of the command', () => {
    expect(lookupOf(['--json', '--verbose', '--explain', 'x/app'])).toMatchObject({
      json: true,
      explain: true,
      verbose: true,
      passwordStdin: false
    })
    expect(lookupOf(['x/app'])).toMatchObject({ json: false, explain: false, verbose: false })
    expect(lookupOf(['--username=bob', '--password-stdin', 'x/app']).passwordStdin).toBe(true)
  })

  it('gives parseInputs what it needs to build the same options the action would', () => {
    const { inputs } = lookupOf([
      '--prerelease',
      '--no-docker-config',
      '--range',
      '^3.12',
      '--timeout',
      '45',
      'python:3.12-slim'
    ])
    const options = parseInputs(name => inputs[name] ?? '')
    if (options.mode !== 'image') throw new Error('not image mode')
    expect(options.image).toMatchObject({ registry: 'docker.io', repository: 'library/python' })
    expect(options.current).toBe('3.12-slim')
    expect(options.credentials.dockerConfig).toBe(false)
    expect(options.policy.prerelease).toBe(true)
    expect(options.policy.range).toBe('^3.12')
    expect(options.timeoutMs).toBe(45_000)
  })

  it.each([[['--help']], [['-h']], [['x/app', '--help']], [['-h', '--range', '^1']]])(
    '%j asks for help',
    argv => {
      expect(parseCommandLine(argv)).toEqual({ kind: 'help' })
    }
  )

  it('reads --repositories into the input of that name, with no image', () => {
    const { inputs } = lookupOf(['--repositories', 'docker.io/bitnami', '--filter', '^bitnami/r'])
    expect(inputs).toEqual({ repositories: 'docker.io/bitnami', filter: '^bitnami/r' })
    const options = parseInputs(name => inputs[name] ?? '')
    expect(options).toMatchObject({
      mode: 'repositories',
      target: { kind: 'docker-hub', namespace: 'bitnami' }
    })
  })

  it('asks for the version', () => {
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' })
  })
})

describe('bad usage is a UsageError naming the flag (exit 2)', () => {
  it.each<[string[], string, RegExp]>([
    [[], 'image', /is required/],
    [['--json'], 'image', /is required/],
    [['python', 'redis'], 'image', /one image at a time; got 2: python redis/],
    [['--bogus', 'x/app'], '--bogus', /is not a flag of registry-tags/],
    [['-x', 'x/app'], '-x', /is not a flag/],
    [['x/app', '--filter'], '--filter', /needs a value/],
    [['--json=yes', 'x/app'], '--json', /is a switch: it takes no value/],
    [['--exclude', '-rc', 'x/app'], '--exclude', /write it as --exclude=<value>/],
    [['--filter', 'a', '--filter', 'b', 'x/app'], '--filter', /more than once/],
    [['--password', 'hunter2', 'x/app'], '--password', /process list.*--password-stdin/],
    [['--password=hunter2', 'x/app'], '--password', /is not accepted/],
    [['--repositories', 'r.example.com', 'x/app'], '--repositories', /give no image with it/],
    [['--username', 'alice', 'x/app'], '--username', /needs --password-stdin/],
    [['--password-stdin', 'x/app'], '--password-stdin', /needs --username/],
    [['--docker-config', '--no-docker-config', 'x/app'], '--docker-config', /contradict/],
    [['--write', 'x/app'], '--write', /applies to scan.*registry-tags scan --write/],
    [['--pin-digest', 'x/app'], '--pin-digest', /applies to scan/],
    [['auto'], 'image', /registry-tags scan/],
    [['x/app', 'scan'], 'image', /one image at a time/],
    [['--repositories', 'r.example.com', '--explain'], '--explain', /lists names/]
  ])('%j', (argv, input, message) => {
    const error = usageError(argv)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('hunter2')
  })

  it('refuses --password even when it comes after the image, but not after --', () => {
    expect(usageError(['x/app', '--password', 'p']).input).toBe('--password')
    expect(usageError(['x/app', '--', '--password']).message).toMatch(/one image at a time/)
  })
})

describe('scan [globs…]', () => {
  it.each<[string[], Record<string, string>]>([
    [['scan'], { image: 'auto', 'update-files': DEFAULT_SCAN_GLOBS.join('\n') }],
    [['scan', 'Dockerfile'], { image: 'auto', 'update-files': 'Dockerfile' }],
    [
      ['scan', '**/Dockerfile', 'deploy/*.yaml'],
      { image: 'auto', 'update-files': '**/Dockerfile\ndeploy/*.yaml' }
    ],
    [
      ['--json', 'scan', '--pin-digest', '--variant', '*', 'compose.yaml'],
      { image: 'auto', 'update-files': 'compose.yaml', 'pin-digest': 'true', variant: '*' }
    ],
    [
      ['scan', '--prerelease', '--no-docker-config', '--timeout', '60', '--insecure'],
      {
        image: 'auto',
        'update-files': DEFAULT_SCAN_GLOBS.join('\n'),
        prerelease: 'true',
        'docker-config': 'false',
        timeout: '60',
        insecure: 'true'
      }
    ],
    [['scan', '--', '--write'], { image: 'auto', 'update-files': '--write' }]
  ])('%j', (argv, inputs) => {
    expect(scanOf(argv).inputs).toEqual(inputs)
  })

  it('reads --write, --json, --explain and --verbose as switches of the command', () => {
    expect(scanOf(['scan', '--write', '--json', '--explain', '--verbose'])).toMatchObject({
      kind: 'scan',
      write: true,
      json: true,
      explain: true,
      verbose: true
    })
    expect(scanOf(['scan'])).toMatchObject({
      write: false,
      json: false,
      explain: false,
      verbose: false
    })
  })

  it('gives parseInputs what it needs for image: auto, each glob a line of update-files', () => {
    const { inputs } = scanOf(['scan', '--pin-digest', '--range', '<3', 'a/Dockerfile', 'b.yml'])
    const options = parseInputs(name => inputs[name] ?? '', { GITHUB_WORKSPACE: '/repo' })
    if (options.mode !== 'auto') throw new Error(`not auto mode: ${options.mode}`)
    expect(options.update).toEqual({
      patterns: 'a/Dockerfile\nb.yml',
      workspace: '/repo',
      pinDigest: true,
      pullRequest: false,
      group: false,
      pulls: { releaseNotes: true, labels: [], reviewers: [] }
    })
    expect(options.policy.range).toBe('<3')
  })

  it.each<[string[], string, RegExp]>([
    [['scan', '--repositories', 'r.example.com'], '--repositories', /scan reads images from files/],
    [['scan', '--current', '1.0'], '--current', /each reference has its own/],
    [['scan', '--platform', 'linux/arm64'], '--platform', /platform digest/],
    [['scan', '--username', 'alice'], '--username', /docker login/],
    [['scan', '--password-stdin'], '--password-stdin', /docker login/],
    [['scan', 'a\nb'], 'update-files', /is not a glob/],
    [['scan', ' '], 'update-files', /is not a glob/],
    [['scan', '--write=yes'], '--write', /is a switch/],
    [['scan', '--bogus'], '--bogus', /is not a flag/]
  ])('%j is bad usage', (argv, input, message) => {
    const error = usageError(argv)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
  })

  it('names a bad glob as <globs> on the command line', () => {
    expect(describeUsageError(usageError(['scan', '']))).toMatch(/^<globs> "" is not a glob/)
  })
})

describe('describeUsageError', () => {
  it.each<[UsageError, string]>([
    [new UsageError('filter', "'(' is not valid."), "--filter '(' is not valid."],
    [new UsageError('image', 'is required.'), '<image> is required.'],
    [new UsageError('--bogus', 'is not a flag.'), '--bogus is not a flag.'],
    [new UsageError('docker-config', "'x' is not 'true'."), "--docker-config 'x' is not 'true'."]
  ])('%s', (error, text) => {
    expect(describeUsageError(error)).toBe(text)
  })
})

describe('passwordFromStdin', () => {
  it.each([
    ['s3cret\n', 's3cret'],
    ['s3cret\r\n', 's3cret'],
    ['s3cret', 's3cret'],
    [' spaced pass \n', ' spaced pass '],
    ['two\nlines\n', 'two\nlines']
  ])('%j → %j', (text, password) => {
    expect(passwordFromStdin(text)).toBe(password)
  })

  it.each(['', '\n', '\r\n'])('refuses an empty password (%j)', text => {
    expect(() => passwordFromStdin(text)).toThrow(UsageError)
  })
})

describe('USAGE', () => {
  it('names every flag the parser accepts', () => {
    for (const flag of [
      '--filter',
      '--exclude',
      '--range',
      '--variant',
      '--precision',
      '--prerelease',
      '--current',
      '--platform',
      '--insecure',
      '--timeout',
      '--username',
      '--password-stdin',
      '--no-docker-config',
      '--json',
      '--verbose',
      '--help',
      '--version',
      'scan [flags] [globs…]',
      '--write',
      '--pin-digest',
      '--explain',
      ...DEFAULT_SCAN_GLOBS
    ]) {
      expect(USAGE).toContain(flag)
    }
  })
})
