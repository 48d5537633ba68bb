import { describe, expect, it } from '@jest/globals'
import { neutraliseMarkdown } from '../../../src/github/pulls/third-party-markdown.js'

const REPO = { host: 'github.com', owner: 'octo', name: 'app' }
const safe = (text: string) => neutraliseMarkdown(text, REPO)

describe('neutraliseMarkdown', () => {
  // prettier-ignore
  it.each([
    ['thanks @alice and @octo-org/team', 'thanks @&#8203;alice and @&#8203;octo-org/team'],
    ['mail me at bob@example.com', 'mail me at bob@example.com'],
    ['fixes #12', 'fixes [&#35;12](https://redirect.github.com/octo/app/issues/12)'],
    ['(#7)', '([&#35;7](https://redirect.github.com/octo/app/issues/7))'],
    ['see GH-3', 'see [GH-3](https://redirect.github.com/octo/app/issues/3)'],
    ['from other/lib#5', 'from [other/lib&#35;5](https://redirect.github.com/other/lib/issues/5)'],
    ['https://github.com/octo/app/pull/9', 'https://redirect.github.com/octo/app/pull/9'],
    ['https://example.com/page#12', 'https://example.com/page#12'],
    ['<!-- registry-tags: {} --></details>', '&lt;!-- registry-tags: {} -->&lt;/details>'],
    ['# Title', '#### Title'],
    ['`@alice #12` stays', '`@alice #12` stays']
  ])('%j', (text, expected) => {
    expect(safe(text)).toBe(expected)
  })

  it('leaves fenced code as it is and closes a fence left open', () => {
    expect(safe('```\n@alice #1\n```\n@bob')).toBe('```\n@alice #1\n```\n@&#8203;bob')
    expect(safe('~~~~\n</details>')).toBe('~~~~\n</details>\n~~~~')
  })

  it('links issues of a GitHub Enterprise source on its own host', () => {
    expect(neutraliseMarkdown('#4', { host: 'ghe.example', owner: 'o', name: 'r' })).toBe(
      '[&#35;4](https://ghe.example/o/r/issues/4)'
    )
  })

  it('leaves no mention or bare issue reference in a hostile note', () => {
    const hostile = '@everyone look at #1, @admin: <img src=x onerror=alert(1)> @@x #2#3'
    const out = safe(hostile)
    expect(out).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/)
    expect(out).not.toMatch(/(^|[^\w&[])#\d/)
    expect(out).not.toContain('<img')
  })
})
