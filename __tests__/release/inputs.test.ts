/** The release inputs as the front ends read them: per mode, with the action's defaults. */
import { describe, expect, it } from '@jest/globals'
import { parseInputs } from '../../src/options.js'

const from =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? ''

/** What action.yml passes when the user sets none of them. */
const DEFAULTS = { 'minimum-release-age': '0', 'release-age-missing': 'hold', lts: 'auto' }

describe('release inputs', () => {
  it('a single image and image: auto carry them', () => {
    const image = parseInputs(from({ image: 'ubuntu:22.04', 'minimum-release-age': '12h' }))
    expect(image).toMatchObject({
      mode: 'image',
      release: {
        cooldown: { minimumAgeMs: 12 * 3_600_000, text: '12h', missing: 'hold' },
        lts: 'auto'
      }
    })
    const auto = parseInputs(from({ image: 'auto', 'update-files': 'Dockerfile', lts: 'only' }))
    expect(auto).toMatchObject({ mode: 'auto', release: { lts: 'only' } })
  })

  it('the defaults ask for nothing, so repositories mode takes them', () => {
    expect(parseInputs(from({ repositories: 'docker.io/bitnami', ...DEFAULTS }))).toMatchObject({
      mode: 'repositories'
    })
    expect(parseInputs(from({ image: 'python', ...DEFAULTS }))).toMatchObject({
      release: { lts: 'auto' }
    })
  })

  it.each([
    [{ 'minimum-release-age': '3d' }, 'minimum-release-age'],
    [{ lts: 'only' }, 'lts']
  ])('repositories mode refuses %j, naming the input', (inputs, name) => {
    expect(() => parseInputs(from({ repositories: 'docker.io/bitnami', ...inputs }))).toThrow(
      `Input '${name}': chooses among an image's tags`
    )
  })
})
