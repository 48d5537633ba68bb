import { describe, expect, it } from '@jest/globals'
import { isBranchName } from '../../src/text/git-ref.js'

describe('isBranchName', () => {
  it.each(['main', 'master', 'release/1.x', 'feature/a-b_c', 'v1.2.3', 'dev@home', 'ü'])(
    'takes %j',
    name => expect(isBranchName(name)).toBe(true)
  )

  // prettier-ignore
  it.each([
    '', '@', 'a\nb', 'main\n::add-mask::x', 'a b', 'a..b', 'a@{1}', '-rf', '/main', 'main/', 'a//b',
    '.hidden', 'a/.b', 'x.lock', 'a/b.lock/c', 'end.', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[', 'a\\b',
    '\u001b[31m', 'x'.repeat(256)
  ])('refuses %j', name => expect(isBranchName(name)).toBe(false))
})
