import { describe, expect, it } from '@jest/globals'
import type { UpdateNotes } from '../../../src/github/pulls/types.js'
import { releaseNotesSection } from '../../../src/github/pulls/release-notes.js'
import { MAX_BODY_BYTES, renderPullRequest } from '../../../src/github/pulls/render.js'
import type { ImageUpdate } from '../../../src/github/pulls/types.js'
import { pythonPlan } from './helpers.js'

const GITHUB = { host: 'github.com', owner: 'octo', name: 'app' }

function withNotes(notes: UpdateNotes): ImageUpdate {
  const [update] = pythonPlan().updates
  return { ...update!, notes }
}

const release = (tag: string, body: string) => ({ tag, name: tag, body, prerelease: false })

describe('releaseNotesSection', () => {
  it('links the source, revision and compare page, then each release newest first, collapsed', () => {
    const section = releaseNotesSection(
      [
        withNotes({
          source: 'https://github.com/octo/app',
          revision: '0123abcd',
          github: GITHUB,
          compare: 'https://github.com/octo/app/compare/v3.12.1...v3.14.7',
          releases: [release('v3.14.7', 'Fixes #12, thanks @alice'), release('v3.13.0', 'New')]
        })
      ],
      60_000
    )
    expect(section).toContain('Source: [octo/app](https://github.com/octo/app)')
    expect(section).toContain('revision `0123abcd`')
    expect(section).toContain('[compare](https://github.com/octo/app/compare/v3.12.1...v3.14.7)')
    expect(section.indexOf('<summary>v3.14.7</summary>')).toBeLessThan(
      section.indexOf('<summary>v3.13.0</summary>')
    )
    expect(section).toContain('@&#8203;alice')
    expect(section).toContain('[&#35;12](https://redirect.github.com/octo/app/issues/12)')
    expect(section.match(/<details>/g)).toHaveLength(2)
    expect(section.match(/<\/details>/g)).toHaveLength(2)
  })

  it('says when the notes could not be read, and renders nothing for updates without notes', () => {
    const section = releaseNotesSection(
      [
        withNotes({
          source: 'https://github.com/octo/app',
          github: GITHUB,
          releases: [],
          problem: 'GitHub answered 404 (Not Found)'
        })
      ],
      60_000
    )
    expect(section).toContain(
      '_Release notes could not be read: GitHub answered 404 \\(Not Found\\)._'
    )
    expect(releaseNotesSection(pythonPlan().updates, 60_000)).toBe('')
  })

  it('keeps the whole body under GitHub limit, however long the notes, and names the releases left out', () => {
    const huge = 'x'.repeat(15_000)
    const releases = Array.from({ length: 40 }, (_, i) =>
      release(`v3.14.${40 - i}`, `${huge}\n@bob #${i}`)
    )
    const plan = pythonPlan()
    const updates = [withNotes({ source: 'https://github.com/octo/app', github: GITHUB, releases })]
    const { body } = renderPullRequest({ ...plan, updates })
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_BODY_BYTES)
    expect(body).toMatch(
      /…and \d+ more releases: \[all releases\]\(https:\/\/github\.com\/octo\/app\/releases\)/
    )
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length)
    expect(body).toContain('Opened by registry-tags')
  })

  it('cuts one release longer than the room, closing its code fence', () => {
    const long = `\`\`\`\n${'line\n'.repeat(8000)}`
    const section = releaseNotesSection(
      [
        withNotes({
          source: 'https://github.com/octo/app',
          github: GITHUB,
          releases: [release('v2', long)]
        })
      ],
      60_000
    )
    expect(Buffer.byteLength(section)).toBeLessThan(20_000)
    expect(section).toMatch(/```\n\n…\(cut\)/)
  })
})
