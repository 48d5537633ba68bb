import { describe, expect, it } from '@jest/globals'
import { parseRegistryErrorBody } from '../../src/transport/registry-errors.js'

describe('parseRegistryErrorBody', () => {
  // prettier-ignore
  it.each([
    ['{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"x"}}]}',
      ['NAME_UNKNOWN'], 'NAME_UNKNOWN: repository name not known to registry'],
    ['{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"},{"code":"DENIED","message":"no"}]}',
      ['UNAUTHORIZED', 'DENIED'], 'UNAUTHORIZED: authentication required; DENIED: no'],
    ['{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit."}]}', ['TOOMANYREQUESTS'], 'TOOMANYREQUESTS: You have reached your pull rate limit.'],
    ['{"details":"incorrect username or password"}', [], 'incorrect username or password'],
    ['<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', [], 'HTML page "502 Bad Gateway"'],
    ['<!DOCTYPE html><body>oops</body>', [], 'an HTML page'],
    ['upstream connect error or disconnect/reset before headers', [], 'upstream connect error or disconnect/reset before headers'],
    ['', [], '']
  ])('%s', (body, codes, summary) => {
    expect(parseRegistryErrorBody(body)).toEqual({ codes, summary })
  })

  it('clips long bodies to one short line', () => {
    expect(parseRegistryErrorBody('x'.repeat(5000)).summary.length).toBeLessThanOrEqual(201)
  })

  // A registry's error body writing the terminal's clipboard (OSC 52), recolouring it, ringing it.
  // prettier-ignore
  it.each([
    ['{"errors":[{"code":"DENIED","message":"\\u001b]52;c;ZXZpbA==\\u0007 no"}]}', 'DENIED: \\x1b]52;c;ZXZpbA==\\x07 no'],
    ['{"details":"\\u001b[2J\\u009b31m"}', '\\x1b[2J\\x9b31m'],
    ['\u001b]52;c;ZXZpbA==\u0007 plain\r\ntext', '\\x1b]52;c;ZXZpbA==\\x07 plain text'],
    ['<html><title>\u001b[31m502</title></html>', 'HTML page "\\x1b[31m502"']
  ])('shows the control characters of %j escaped', (body, summary) => {
    expect(parseRegistryErrorBody(body).summary).toBe(summary)
  })
})
