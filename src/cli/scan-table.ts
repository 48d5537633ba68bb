/**
 * The `scan` table on a terminal, fitted to its width (100 columns unless
 * told): tags and digests are never cut or broken, so the columns around
 * them give way. Image names and paths lose their middle (`ghcr.io/…/app`,
 * `services/…/deploy/app.yaml:12`), and a move that does not fit on one
 * line goes on two (`3.12-slim` over `→ 3.13-slim`). `--json` has it all.
 */
export interface ScanCells {
  readonly image: string
  readonly place: { readonly file: string; readonly line: number }
  readonly current: string
  /** The new tag, when the row moves to one. */
  readonly next?: string
  readonly update: string
  readonly digest: string
}

const HEADERS = ['IMAGE', 'FILE:LINE', 'CURRENT → NEW', 'UPDATE', 'DIGEST'] as const
const GAP = '  '
/** Image and path columns never get narrower than this, however long the tags. */
const NARROWEST = 12

const width = (text: string): number => [...text].length

/** Text cut to `max` characters, keeping its end (where names and paths differ). */
function keepEnd(text: string, max: number): string {
  return width(text) <= max ? text : `…${[...text].slice(-(max - 1)).join('')}`
}

/**
 * A name or path cut to `max` characters by leaving out whole parts from
 * its middle, then from its front (`ghcr.io/…/app`, `…/deploy/app.yaml:12`),
 * keeping the end where names and paths differ; cut inside a part only
 * when even the last part is too long.
 */
export function shortenParts(text: string, max: number): string {
  if (width(text) <= max) return text
  const parts = text.split('/')
  const first = parts[0] as string
  for (let keep = parts.length - 2; keep >= 1; keep--) {
    const short = `${first}/…/${parts.slice(-keep).join('/')}`
    if (width(short) <= max) return short
  }
  for (let keep = parts.length - 1; keep >= 1; keep--) {
    const short = `…/${parts.slice(-keep).join('/')}`
    if (width(short) <= max) return short
  }
  return keepEnd(text, max)
}

const oneLine = (c: ScanCells): string => (c.next ? `${c.current} → ${c.next}` : c.current)
const twoLines = (c: ScanCells): string[] => (c.next ? [c.current, `→ ${c.next}`] : [c.current])
const longest = (texts: readonly string[]): number => Math.max(0, ...texts.map(width))

/** Image and path columns get at least this much (or what they need) before the move widens. */
const IMAGE_ROOM = 18
const PLACE_ROOM = 22

/**
 * Column widths: update and digest as they need; the move at least its
 * longest tag and as wide as one-line moves need while image and path keep
 * their room; image and path share what is left.
 */
function columnWidths(rows: readonly ScanCells[], total: number): number[] {
  const update = longest([HEADERS[3], ...rows.map(r => r.update)])
  const digest = longest([HEADERS[4], ...rows.map(r => r.digest)])
  const minMove = longest([HEADERS[2], ...rows.flatMap(twoLines)])
  const fullMove = longest([HEADERS[2], ...rows.map(oneLine)])
  const images = longest([HEADERS[0], ...rows.map(r => r.image)])
  const places = longest([HEADERS[1], ...rows.map(r => `${r.place.file}:${r.place.line}`)])
  const room = total - GAP.length * 4 - update - digest
  const kept = Math.min(images, IMAGE_ROOM) + Math.min(places, PLACE_ROOM)
  const move = Math.min(fullMove, Math.max(minMove, room - kept))
  const rest = room - move
  const image = Math.min(images, Math.max(NARROWEST, Math.floor(rest * 0.45)))
  const place = Math.min(places, Math.max(NARROWEST, rest - image))
  return [image, place, move, update, digest]
}

/** The table's lines; a row whose move does not fit on one line takes two. */
export function fitScanTable(rows: readonly ScanCells[], total = 100): string[] {
  const widths = columnWidths(rows, total)
  const [image, place, move] = widths as [number, number, number]
  const lines = [pad([...HEADERS], widths)]
  for (const row of rows) {
    const moves = width(oneLine(row)) <= move ? [oneLine(row)] : twoLines(row)
    const first = [
      shortenParts(row.image, image),
      shortenParts(`${row.place.file}:${row.place.line}`, place),
      moves[0] ?? '',
      row.update,
      row.digest
    ]
    lines.push(pad(first, widths))
    for (const more of moves.slice(1)) lines.push(pad(['', '', more, '', ''], widths))
  }
  return lines
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
    .join(GAP)
    .trimEnd()
}
