import { describe, expect, it } from '@jest/globals'
import { guardedCore } from '../../src/action/core.js'
import { fakeCore } from '../fakes/core.js'

/** A file name a fork's pull request can commit: every line of it a workflow command. */
const NAME =
  'x\n::add-mask::x\n::set-output name=tag::evil\n##[group]g\u001b]52;c;ZXZpbA==\u0007.yml'

describe('guardedCore', () => {
  it('lets no message, group name or annotation forge a command or an escape sequence', () => {
    const fake = fakeCore({})
    const core = guardedCore(fake.core)
    core.info(`${NAME}:3: 1.0.0 → 1.2.0`)
    core.debug(NAME)
    core.startGroup(NAME)
    core.warning(`${NAME} was left untouched`, { title: NAME, file: NAME, startLine: 1 })
    core.notice(new Error(NAME), { file: NAME })
    core.setFailed(NAME)
    const texts = [
      ...fake.logs.flatMap(l => [l.message, ...Object.values(l.properties ?? {}).map(String)]),
      ...fake.failed
    ]
    expect(texts).toHaveLength(10)
    for (const text of texts) {
      for (const line of text.split('\n')) {
        expect(line.trimStart()).not.toMatch(/^::/)
        expect(line).not.toContain('##[')
      }
      // eslint-disable-next-line no-control-regex -- finding them is the point
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    }
    expect(fake.logs[0]!.message).toBe(
      'x\n\\::add-mask::x\n\\::set-output name=tag::evil\n##\\[group]g\\x1b]52;c;ZXZpbA==\\x07.yml:3: 1.0.0 → 1.2.0'
    )
  })

  it('passes ordinary text as it is', () => {
    const fake = fakeCore({})
    guardedCore(fake.core).info('Dockerfile:3: python 3.12 → 3.13 (minor)')
    expect(fake.logs).toEqual([
      { level: 'info', message: 'Dockerfile:3: python 3.12 → 3.13 (minor)' }
    ])
  })
})
