import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { EXAMPLES, MANIFEST } from './documented.js'
import type { TableRow } from './markdown-tables.js'
import { tableUnder } from './markdown-tables.js'
import { INTERFACE_MD, readRepoFile, repoFileExists } from './sources.js'

const README = readRepoFile('README.md')
const interfaceText = existsSync(INTERFACE_MD) ? readFileSync(INTERFACE_MD, 'utf8') : undefined

const names = (rows: readonly TableRow[]) => rows.map(row => row.name).sort()
// A default written in parentheses describes one worked out at run time
// ("(with image: auto: the default globs)"): action.yml has none for it.
const literalDefault = (cell: string) => (/^\(.*\)$/.test(cell) ? '' : cell)
const defaults = (rows: readonly TableRow[]) =>
  Object.fromEntries(rows.map(row => [row.name, literalDefault(row.second)]))
const manifestDefaults = () =>
  Object.fromEntries([...MANIFEST.inputs].map(([name, value]) => [name, value ?? '']))

/** The same checks against any document that has the inputs and outputs tables. */
function checkTables(document: () => string) {
  it('lists every input of action.yml, and no other, with the same default', () => {
    const inputs = tableUnder(document(), 'Inputs')
    expect(names(inputs)).toEqual([...MANIFEST.inputs.keys()].sort())
    expect(defaults(inputs)).toEqual(manifestDefaults())
  })

  it('lists every output of action.yml, and no other', () => {
    expect(names(tableUnder(document(), 'Outputs'))).toEqual([...MANIFEST.outputs].sort())
  })
}

// interface.md sits beside the repository in the workspace; a lone clone has only the README.
const whenInterface = interfaceText === undefined ? describe.skip : describe
whenInterface('interface.md (the public contract) and action.yml', () => {
  checkTables(() => interfaceText!)
})

describe('the README and action.yml', () => {
  checkTables(() => README)
})

describe('the README', () => {
  const links = [...README.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)].map(
    ([, link]) => link!
  )

  it('links every example workflow', () => {
    const missing = EXAMPLES.map(example => example.name).filter(name => !links.includes(name))
    expect(missing).toEqual([])
  })

  it('links only files that exist', () => {
    expect(links.filter(link => !repoFileExists(link.replace(/#.*$/, '')))).toEqual([])
  })

  it('keeps its two commands, and CI runs the test command', () => {
    expect(README).toContain('```sh\nnpm ci && npm run demo\n```')
    expect(README).toContain('```sh\nnpm ci && npm test\n```')
    expect(readRepoFile('.ci/run')).toContain('npm ci && npm test')
    expect(readRepoFile('.github/workflows/ci.yml')).toContain('npm ci && npm test')
  })

  it.each([
    ['the scan command', 'registry-tags scan'],
    ['--write', '--write'],
    ['--json', '--json'],
    ['--explain', '--explain'],
    [
      'the Actions setting pull requests need',
      'Allow GitHub Actions to create and approve pull requests'
    ],
    ['the permissions pull requests need', 'pull-requests: write'],
    ['the security policy', '(SECURITY.md)'],
    ['the changelog', '(CHANGELOG.md)']
  ])('documents %s', (_, text) => {
    expect(README.replace(/\s+/g, ' ')).toContain(text)
  })
})

describe('.github/dependabot.yml', () => {
  it('updates npm packages and the workflows’ actions', () => {
    const config = parse(readRepoFile('.github/dependabot.yml')) as {
      version: number
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
    }
    expect(config.version).toBe(2)
    expect(config.updates.map(update => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm'
    ])
    for (const update of config.updates) expect(update.schedule.interval).toMatch(/\w/)
  })
})

describe('SECURITY.md', () => {
  it.each([
    ['a private way to report', /private vulnerability reporting/i],
    ['masked secrets', /masked/],
    ['credentials only to the registry and its realm', /realm/],
    ['no plain HTTP', /plain HTTP/],
    ['untrusted registry data', /untrusted/]
  ])('says %s', (_, pattern) => {
    expect(readRepoFile('SECURITY.md')).toMatch(pattern)
  })
})

describe('CHANGELOG.md', () => {
  it('has an Unreleased section above the releases', () => {
    const changelog = readRepoFile('CHANGELOG.md')
    expect(changelog.indexOf('## Unreleased')).toBeGreaterThan(0)
    expect(changelog.indexOf('## Unreleased')).toBeLessThan(changelog.indexOf('## 1.'))
  })
})
