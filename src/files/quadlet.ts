/**
 * Podman Quadlet units: `Image=` of the `[Container]` section of a
 * `.container` file and of the `[Image]` section of a `.image` file (systemd
 * unit syntax: `#` and `;` comments, `[Section]` headers, `Key=Value` with
 * blanks around `=` allowed). Not references: a value naming another
 * Quadlet unit (`orders.build`, `base.image`), systemd specifiers (`%i`),
 * quotes, continued lines, and every other key (`.build` files' `ImageTag=`
 * is what a build produces).
 */
import { locatedAt } from './located.js'
import { displayOffset, locateEdit } from './located.js'
import { parseImage } from './parse-image.js'
import { lineStarts, positionAt } from './text.js'
import type { FileScan, FoundReference } from './types.js'

const SECTION_OF: Record<string, string> = { container: 'Container', image: 'Image' }

export function isQuadletFile(file: string): boolean {
  return /\.(container|image)$/.test(file)
}

function referenceAt(file: string, value: string, start: number, starts: number[]) {
  if (/[%"'\\$\s]/.test(value) || /\.(build|image|container|volume|pod)$/.test(value))
    return undefined
  const image = parseImage(value)
  const located = locatedAt(value, start)
  const edit = image && locateEdit(located, image)
  if (!image || !edit) return undefined
  const { line, column } = positionAt(starts, displayOffset(located, edit))
  return {
    file,
    line,
    column,
    written: value,
    image,
    context: 'Image=',
    edit
  } satisfies FoundReference
}

export function findQuadletReferences(file: string, text: string): FileScan {
  const wanted = SECTION_OF[file.split('.').at(-1) ?? '']
  const starts = lineStarts(text)
  const references: FoundReference[] = []
  let section = ''
  let continued = false
  for (const start of starts) {
    const lineStart = start === 0 && text.startsWith('\uFEFF') ? 1 : start
    const end = text.indexOf('\n', lineStart)
    const raw = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '')
    const wasContinued = continued
    continued = raw.endsWith('\\')
    const line = raw.trim()
    if (wasContinued || !line || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[([^\]]+)\]$/.exec(line)
    if (header) {
      section = header[1] as string
      continue
    }
    const match = /^(\s*Image\s*=\s*)(.*?)\s*$/.exec(raw)
    if (section !== wanted || !match || continued) continue
    const reference = referenceAt(
      file,
      match[2] as string,
      lineStart + (match[1] as string).length,
      starts
    )
    if (reference) references.push(reference)
  }
  return { file, references }
}
