import { describe, expect, it } from '@jest/globals'
import { hasControls, logText, serverText, showControls } from '../../src/text/escape.js'

const ESC = '\u001b'
const BEL = '\u0007'
/** OSC 52: writes "evil" (base64) to the terminal's clipboard. */
const OSC52 = `${ESC}]52;c;ZXZpbA==${BEL}`

describe('showControls', () => {
  // prettier-ignore
  it.each([
    ['plain', 'plain'],
    [`${ESC}[31mred`, '\\x1b[31mred'],
    [OSC52, '\\x1b]52;c;ZXZpbA==\\x07'],
    ['a\rb\nc\td', 'a\\x0db\\x0ac\\x09d'],
    ['\u009b31m', '\\x9b31m'],
    ['exe.\u202egpj', 'exe.\\u202egpj'],
    ['\u2066x\u2069\u200e', '\\u2066x\\u2069\\u200e'],
    ['1.0.0 → 1.2.0 ✓ 日本', '1.0.0 → 1.2.0 ✓ 日本']
  ])('%j is shown as %j', (text, shown) => {
    expect(showControls(text)).toBe(shown)
    expect(hasControls(shown)).toBe(false)
  })

  it('keeps newlines when asked, and nothing else', () => {
    expect(showControls(`one\ntwo\r\n${ESC}`, true)).toBe('one\ntwo\\x0d\n\\x1b')
  })
})

describe('serverText', () => {
  it('is one short line with the controls shown escaped', () => {
    const text = serverText(`denied ${OSC52}\n\n  next line ${'x'.repeat(400)}`)
    // eslint-disable-next-line no-control-regex -- finding them is the point
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    expect(text.startsWith('denied \\x1b]52;c;ZXZpbA==\\x07 next line x')).toBe(true)
    expect(text.length).toBe(201)
  })
})

describe('logText', () => {
  // prettier-ignore
  it.each([
    ['file\n::add-mask::x', 'file\n\\::add-mask::x'],
    ['a\n  ::set-output name=tag::evil', 'a\n  \\::set-output name=tag::evil'],
    ['::warning title=t::x', '\\::warning title=t::x'],
    ['x ##[group]y', 'x ##\\[group]y'],
    ['a\r::error::b', 'a\\x0d::error::b'],
    ['Dockerfile:3: 1.0.0 → 1.2.0', 'Dockerfile:3: 1.0.0 → 1.2.0']
  ])('%j is logged as %j', (text, logged) => {
    expect(logText(text)).toBe(logged)
  })

  it('leaves no line the runner reads as a command', () => {
    const hostile = ['', '::add-mask::x', ' \t::stop-commands::t', '##[endgroup]', '\r::x::'].join(
      '\n'
    )
    for (const line of logText(hostile).split('\n')) {
      expect(line.trimStart()).not.toMatch(/^::/)
      expect(line).not.toContain('##[')
      expect(line).not.toContain('\r')
    }
  })
})
