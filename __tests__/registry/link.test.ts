import { describe, expect, it } from '@jest/globals'
import { nextLink, parseLinks } from '../../src/registry/link.js'

describe('nextLink on headers registries send', () => {
  // prettier-ignore
  it.each([
    ['distribution (relative)', '</v2/x/tags/list?last=a&n=100>; rel="next"', '/v2/x/tags/list?last=a&n=100'],
    ['distribution _catalog', '</v2/_catalog?last=library%2Fpython&n=100>; rel="next"', '/v2/_catalog?last=library%2Fpython&n=100'],
    ['ACR', '</v2/repo/tags/list?last=v1&n=2&orderby=>; rel="next"', '/v2/repo/tags/list?last=v1&n=2&orderby='],
    ['old Quay (absolute, opaque)', '<https://quay.io/v2/coreos/etcd/tags/list?next_page=gAAAAABf&n=50>; rel="next"', 'https://quay.io/v2/coreos/etcd/tags/list?next_page=gAAAAABf&n=50'],
    ['Artifactory', '</artifactory/api/docker/docker-local/v2/app/tags/list?last=1.4.2&n=100>; rel="next"', '/artifactory/api/docker/docker-local/v2/app/tags/list?last=1.4.2&n=100'],
    ['Harbor', '</v2/library/nginx/tags/list?last=1.25.3-alpine&n=100>; rel="next"', '/v2/library/nginx/tags/list?last=1.25.3-alpine&n=100'],
    ['GHCR', '</v2/spack/cache/tags/list?last=libunistring-1.1-k46tvbap.spack&n=10>; rel="next"', '/v2/spack/cache/tags/list?last=libunistring-1.1-k46tvbap.spack&n=10'],
    ['GitHub API style, several links', '<https://api.github.com/repositories/1/tags?page=2>; rel="next", <https://api.github.com/repositories/1/tags?page=9>; rel="last"', 'https://api.github.com/repositories/1/tags?page=2'],
    ['GitHub API style, next not first', '<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=1>; rel="first"', 'https://api.github.com/x?page=3'],
    ['comma in the cursor', '</v2/img/tags/list?last=a,b&n=10>; rel="next"', '/v2/img/tags/list?last=a,b&n=10'],
    ['only prev', '</p>; rel="prev"', undefined],
    ['none', undefined, undefined],
    ['empty', '', undefined]
  ])('%s', (_name, header, expected) => {
    expect(nextLink(header)).toBe(expected)
  })
})

describe('nextLink follows RFC 8288', () => {
  // prettier-ignore
  it.each([
    ['quoted comma before rel', '</v2/x/tags/list?last=a>; title="a, b"; rel="next"', '/v2/x/tags/list?last=a'],
    ['quoted semicolon before rel', '</n>; title="a; b"; rel="next"', '/n'],
    ['escaped quote in a title', '</n>; title="say \\"hi\\", then"; rel=next', '/n'],
    ['unquoted rel', '</v2/a/tags/list?last=b>; rel=next', '/v2/a/tags/list?last=b'],
    ['rel list', '</n>; rel="prefetch next"', '/n'],
    ['rel list with tabs', '</n>; rel="prefetch\tnext"', '/n'],
    ['upper-case names and values', '</n>; REL="Next"', '/n'],
    ['spaces everywhere', '  < /n >  ;  rel  =  "next"  ,  </l> ; rel=last ', '/n'],
    ['no spaces', '</p>;rel=prev,</n>;rel=next', '/n'],
    ['several header lines', ['</first>; rel="first"', '</n>; rel="next"'], '/n'],
    ['only the first rel counts', '</n>; rel="prev"; rel="next"', undefined],
    ['rel=next inside a title', '</p>; title="x; rel=next"; rel="prev"', undefined],
    ['rel=next inside a title, unquoted rel after', '</p>; title="rel=next, <evil>"; rel=prev', undefined],
    ['a link inside a quoted string', '</p>; rel="prev"; title="<https://evil.test/n>; rel=next"', undefined],
    ['a word that only starts with next', '</p>; rel="next-page"', undefined],
    ['a name-only parameter', '</n>; crossorigin; rel="next"', '/n'],
    ['an unterminated link, then nothing', '</n; rel="next"', undefined],
    ['junk between links', 'garbage; rel=next, </n>; rel="next"', '/n']
  ])('%s', (_name, header, expected) => {
    expect(nextLink(header)).toBe(expected)
  })
})

describe('parseLinks', () => {
  it('reads every link with its parameters, names in lower case, first occurrence kept', () => {
    const links = parseLinks('</a>; Rel="next"; title="x, y"; rel=prev, </b>; anchor="#c"')
    expect(links.map(l => [l.target, Object.fromEntries(l.params)])).toEqual([
      ['/a', { rel: 'next', title: 'x, y' }],
      ['/b', { anchor: '#c' }]
    ])
  })
})
