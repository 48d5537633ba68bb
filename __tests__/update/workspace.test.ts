/** Reading a workspace, bounded for any reader (issue 17 items 5-6). */
import { describe, expect, it } from '@jest/globals'
import { DeadlineError } from '../../src/transport/deadline.js'
import { readWorkspace, stepDeadline } from '../../src/update/workspace.js'
import { tempDirWith } from '../helpers/temp-files.js'

describe('readWorkspace', () => {
  it('keeps the text of files with references only, the others still listed', async () => {
    const root = tempDirWith({
      Dockerfile: 'FROM python:3.12\n',
      'big.yml': 'a: 1\nb: [1, 2]\n',
      'notes.md': 'FROM python:3.11\n'
    })
    const scan = await readWorkspace('*', root)
    expect(scan.files).toEqual(['Dockerfile', 'big.yml', 'notes.md'])
    expect([...scan.texts.keys()]).toEqual(['Dockerfile'])
    expect(scan.problems).toEqual([])
  })

  it('makes a file with too many references its problem; the other files are read', async () => {
    const images = Array.from({ length: 1_001 }, (_, i) => `  s${i}:\n    image: python:3.${i}`)
    const root = tempDirWith({
      'compose.yml': `services:\n${images.join('\n')}\n`,
      Dockerfile: 'FROM node:20\n'
    })
    const scan = await readWorkspace('*', root)
    expect(scan.problems).toEqual([
      { file: 'compose.yml', line: 1, message: 'holds more than 1000 image references; not read.' }
    ])
    expect(scan.groups.map(g => g.key)).toEqual(['docker.io/library/node'])
  })

  it("counts against the step's timeout: none left, no file is read", async () => {
    const root = tempDirWith({ Dockerfile: 'FROM python:3.12\n' })
    const scanning = readWorkspace('*', root, undefined, stepDeadline(0))
    await expect(scanning).rejects.toThrow(DeadlineError)
    await expect(scanning).rejects.toThrow(/timeout .* ran out while reading the files/)
  })
})
