/** References grouped by the image they name, however each is spelled. Pure. */
import type { FoundReference } from '../files/types.js'
import type { ImageReference } from '../reference.js'
import type { ImageGroup } from './types.js'

/** `docker.io/library/python`: the key references that normalise alike share. */
export const imageKey = (image: ImageReference): string => `${image.registry}/${image.repository}`

/** In the order first seen, so the log and the summary follow the files. */
export function groupByImage(references: readonly FoundReference[]): ImageGroup[] {
  const groups = new Map<string, { image: ImageReference; references: FoundReference[] }>()
  for (const reference of references) {
    const key = imageKey(reference.image)
    let group = groups.get(key)
    if (!group) {
      const { registry, endpoint, repository } = reference.image
      groups.set(key, (group = { image: { registry, endpoint, repository }, references: [] }))
    }
    group.references.push(reference)
  }
  return [...groups].map(([key, group]) => ({ key, ...group }))
}
