/** What the release rules say when they leave nothing to choose. */
import type { HeldTag } from './narrow.js'

/** Held tags named in a message; the summary lists them all. */
const NAMED = 5

export function heldMessage(image: string, held: readonly HeldTag[]): string {
  const named = held.slice(0, NAMED).map(h => `  ${h.tag}: ${h.reason}`)
  const more = held.length > NAMED ? [`  and ${held.length - NAMED} more`] : []
  return [
    `No tag of ${image} passes the release rules (lts, minimum-release-age): every tag that passes the filters was passed over.`,
    ...named,
    ...more
  ].join('\n')
}
