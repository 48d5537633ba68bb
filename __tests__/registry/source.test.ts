import { describe, expect, it } from '@jest/globals'
import { fromLabels, httpsLink } from '../../src/registry/source.js'

describe('fromLabels', () => {
  it('reads the OCI keys first, then label-schema', () => {
    expect(
      fromLabels({
        'org.opencontainers.image.source': 'https://github.com/octo/app',
        'org.label-schema.vcs-url': 'https://gitlab.com/other/app',
        'org.opencontainers.image.revision': '0123456789abcdef',
        'org.opencontainers.image.url': 'https://octo.example/app'
      })
    ).toEqual({
      source: 'https://github.com/octo/app',
      revision: '0123456789abcdef',
      url: 'https://octo.example/app'
    })
    expect(
      fromLabels({ 'org.label-schema.vcs-url': 'git+https://github.com/octo/app.git' })
    ).toEqual({
      source: 'https://github.com/octo/app'
    })
  })

  // prettier-ignore
  it.each([
    ['http://github.com/octo/app'],
    ['javascript:alert(1)'],
    ['git@github.com:octo/app.git'],
    ['https://user:pw@github.com/octo/app'],
    [`https://github.com/${'a'.repeat(3000)}`],
    [42]
  ])('keeps no link from %j', value => {
    expect(fromLabels({ 'org.opencontainers.image.source': value })).toEqual({})
  })

  it('keeps a revision only when it looks like one', () => {
    expect(fromLabels({ 'org.opencontainers.image.revision': 'v1.2.3' })).toEqual({
      revision: 'v1.2.3'
    })
    expect(fromLabels({ 'org.opencontainers.image.revision': '<b>x</b>\n' })).toEqual({})
    expect(fromLabels(['not', 'a', 'record'])).toEqual({})
  })
})

describe('httpsLink', () => {
  it('prints the URL as a URL does, so no character can end a link early', () => {
    expect(httpsLink(' https://github.com/o/r <x> ')).toBe('https://github.com/o/r%20%3Cx%3E')
    expect(httpsLink('https://github.com/o/r/a b')).toBe('https://github.com/o/r/a%20b')
  })
})
