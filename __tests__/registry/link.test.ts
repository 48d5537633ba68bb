import { describe, expect, it } from '@jest/globals'
import { nextLink } from '../../src/registry/link.js'

describe('nextLink', () => {
  // prettier-ignore
  it.each([
    ['distribution (relative)', '</v2/library/python/tags/list?last=3.9&n=1000>; rel="next"', '/v2/library/python/tags/list?last=3.9&n=1000'],
    ['ACR', '</v2/repo/tags/list?last=v1&n=2&orderby=>; rel="next"', '/v2/repo/tags/list?last=v1&n=2&orderby='],
    ['old Quay (absolute, opaque)', '<https://quay.io/v2/coreos/etcd/tags/list?next_page=gAAAAABf&n=50>; rel="next"', 'https://quay.io/v2/coreos/etcd/tags/list?next_page=gAAAAABf&n=50'],
    ['unquoted rel', '</v2/a/tags/list?last=b>; rel=next', '/v2/a/tags/list?last=b'],
    ['several links', '</first>; rel="first", </v2/a/tags/list?last=z>; rel="next"', '/v2/a/tags/list?last=z'],
    ['rel list', '</n>; rel="prefetch next"', '/n'],
    ['only prev', '</p>; rel="prev"', undefined],
    ['none', undefined, undefined]
  ])('%s', (_name, header, expected) => {
    expect(nextLink(header)).toBe(expected)
  })
})
