/** devcontainer.json: JSON with comments and trailing commas; only the top-level image. */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { applyChanges } from '../../../src/files/rewrite.js'
import { summary } from '../helpers.js'

const found = (text: string, file = '.devcontainer/devcontainer.json') =>
  summary(findReferences(file, text).references)

describe('devcontainer.json', () => {
  // prettier-ignore
  it.each([
    ['comments and trailing commas', '// dev\n{\n  /* "image": "x:1" */\n  "name": "a",\n  "image": "mcr.microsoft.com/devcontainers/java:1.2.3-21",\n  // "image": "maven:3.8",\n  "features": {"ghcr.io/devcontainers/features/node:1": {},},\n}\n', [[5, 'mcr.microsoft.com/devcontainers/java:1.2.3-21', 'image']]],
    ['a .devcontainer.json at the root', '{"image": "python:3.12-bookworm"}', [[1, 'python:3.12-bookworm', 'image']]],
    ['an image nested elsewhere, a build, compose', '{"build": {"dockerfile": "Dockerfile", "args": {"image": "node:20"}}, "dockerComposeFile": "compose.yml", "customizations": {"image": "x:1"}}', []],
    ['an escape, a variable, no tag', '{"image": "python:3\\u002e12"}', []],
    ['a variable', '{"image": "${localEnv:IMAGE}:1.0"}', []],
    ['no tag', '{"image": "python"}', []],
    ['not an object', '["image", "python:3.12"]', []]
  ])('%s', (_, text, references) => {
    const file = _.includes('root') ? '.devcontainer.json' : '.devcontainer/devcontainer.json'
    expect(found(text, file)).toEqual(references)
  })

  it('reports a file that is not JSON with comments, and reads nothing from it', () => {
    const scan = findReferences(
      'devcontainer.json',
      '{\n  "image": "python:3.12"\n  "name": 1\n}\n'
    )
    expect(scan.references).toEqual([])
    expect(scan.problem).toMatchObject({
      line: 3,
      message: expect.stringMatching(/not valid JSON/)
    })
  })

  it('rewrites only the tag, comments and commas kept', () => {
    const text = '{\n  // pinned\n  "image": "python:3.12-slim",\n}\n'
    const [reference] = findReferences('devcontainer.json', text).references
    expect(applyChanges(text, [{ reference: reference!, tag: '3.13-slim' }])).toBe(
      '{\n  // pinned\n  "image": "python:3.13-slim",\n}\n'
    )
  })
})
