import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO } from './sources.js'

const SCRIPT = join(REPO, '.github', 'scripts', 'expect-outputs.sh')
// GitHub's runners all have jq; a machine without it skips the JSON checks.
const hasJq = spawnSync('jq', ['--version']).status === 0
const whenJq = hasJq ? describe : describe.skip
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`

/** Runs the self-test's output check with VALUE in the variable V. */
function expectOutput(value: string, check: string) {
  const run = spawnSync('bash', [SCRIPT, `V=${check}`], {
    env: { PATH: process.env.PATH, V: value },
    encoding: 'utf8'
  })
  return { status: run.status, stdout: run.stdout }
}

describe('.github/scripts/expect-outputs.sh (the self-test’s checks)', () => {
  it.each([
    ['3.22', 'nonempty'],
    [DIGEST, 'digest'],
    ['4000', 'number'],
    ['true', 'true'],
    [
      'docker.io/library/alpine:3.22@' + DIGEST,
      '/^docker\\.io/library/alpine:3\\.[0-9]+@sha256:[0-9a-f]{64}$/'
    ]
  ])('passes %j as %s', (value, check) => {
    expect(expectOutput(value, check)).toEqual({ status: 0, stdout: expect.stringMatching(/^ok /) })
  })

  it.each([
    ['', 'nonempty'],
    [`${DIGEST}0`, 'digest'],
    ['sha256:ABC', 'digest'],
    ['12a', 'number'],
    ['false', 'true'],
    ['3.19', '/^3\\.2[0-9]$/'],
    ['3.22', 'no-such-check']
  ])('fails %j as %s, naming the variable', (value, check) => {
    const { status, stdout } = expectOutput(value, check)
    expect(status).toBe(1)
    expect(stdout).toContain(`::error::V should be ${check}`)
  })

  it('runs every check and fails once any failed', () => {
    const run = spawnSync('bash', [SCRIPT, 'A=nonempty', 'B=digest', 'C=true'], {
      env: { PATH: process.env.PATH, A: '', B: DIGEST, C: 'false' },
      encoding: 'utf8'
    })
    expect(run.status).toBe(1)
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      "::error::A should be nonempty; it is ''",
      `ok      B (digest): ${DIGEST}`,
      "::error::C should be true; it is 'false'"
    ])
  })
})

whenJq('expect-outputs.sh JSON checks', () => {
  it.each([
    ['["3.22","3.21"]', 'json-array', 0],
    ['[]', 'empty-array', 0],
    ['[]', 'json-array', 1],
    ['not json', 'json-array', 1],
    ['{"include":[]}', 'json-array', 1],
    ['["x"]', 'empty-array', 1]
  ])('%j as %s exits %d', (value, check, status) => {
    expect(expectOutput(value, check).status).toBe(status)
  })
})
