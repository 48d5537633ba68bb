/** Key paths as messages show them. */
import { describe, expect, it } from '@jest/globals'
import { pathText } from '../../../src/files/yaml/candidate.js'

describe('pathText', () => {
  // prettier-ignore
  it.each([
    [[], ''],
    [['image'], 'image'],
    [['services', 'web', 'image'], 'services.web.image'],
    [['spec', 'containers', '[0]', 'image'], 'spec.containers[0].image'],
    [['[2]', 'image'], '[2].image'],
    [['jobs', 'build', 'services', 'db', '[1]'], 'jobs.build.services.db[1]']
  ])('pathText(%j) is %j', (path, text) => {
    expect(pathText(path)).toBe(text)
  })
})
