/** The command line's flags as a user types them, and the complaints in the words of the other usage errors. */
import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/errors.js'
import { parseFlags, refuseFlags, startsWithScan } from '../../src/cli/flags.js'

// prettier-ignore
const PARSED: [string[], Record<string, unknown>, string[]][] = [
  [['python:3.12-slim'], {}, ['python:3.12-slim']],
  [['--filter', '^3\\.', '--prerelease', 'python'], { filter: ['^3\\.'], prerelease: true }, ['python']],
  [['--variant=-rc', 'app'], { variant: ['-rc'] }, ['app']],
  [['--range', '^3.12', '--range', '<3.14', 'python'], { range: ['^3.12', '<3.14'] }, ['python']],
  [['scan', '--write', '--pin-digest', 'Dockerfile'], { write: true, 'pin-digest': true }, ['scan', 'Dockerfile']],
  [['-h'], { help: true }, []],
  [['--json', '--', '--not-a-flag'], { json: true }, ['--not-a-flag']]
]

describe('parseFlags', () => {
  it.each(PARSED)('%j', (argv, values, positionals) => {
    const parsed = parseFlags(argv)
    expect({ ...parsed.values }).toEqual(values)
    expect(parsed.positionals).toEqual(positionals)
  })

  // prettier-ignore
  const REFUSED: [string[], string, string][] = [
    [['--tag', '3.12', 'python'], '--tag', 'is not a flag of registry-tags; see registry-tags --help.'],
    [['python', '--filter'], '--filter', 'needs a value (see --help).'],
    [['--json=yes', 'python'], '--json', 'is a switch: it takes no value.'],
    [['--variant', '-rc', 'app'], '--variant', "has a value starting with '-': write it as --variant=<value>, e.g. --variant=-rc."]
  ]
  it.each(REFUSED)('refuses %j, naming %s', (argv, flag, detail) => {
    const parse = () => parseFlags(argv)
    expect(parse).toThrow(UsageError)
    expect(parse).toThrow(`Input '${flag}': ${detail}`)
  })
})

describe('refuseFlags', () => {
  it('refuses a password on the command line without echoing it', () => {
    for (const argv of [
      ['--password', 'hunter2', 'app'],
      ['--password=hunter2', 'app']
    ]) {
      const refuse = () => refuseFlags(argv)
      expect(refuse).toThrow(/^Input '--password': is not accepted: .*--password-stdin\.$/)
      expect(refuse).not.toThrow(/hunter2/)
    }
  })

  it('lets everything else through, and anything after --', () => {
    expect(() => refuseFlags(['--username', 'octo', '--password-stdin', 'app'])).not.toThrow()
    expect(() => refuseFlags(['--', '--password'])).not.toThrow()
  })
})

describe('startsWithScan', () => {
  // prettier-ignore
  const ARGVS: [string[], boolean][] = [
    [['scan', 'Dockerfile'], true],
    [['--write', 'scan'], true],
    [['python', 'scan'], false],
    [['--', 'scan'], false],
    [['scanner:1.0'], false]
  ]
  it.each(ARGVS)('%j → %s', (argv, scan) => {
    expect(startsWithScan(parseFlags(argv))).toBe(scan)
  })
})
