/** Reading a YAML scalar (or the part of it after a prefix) as an image reference. */
import type { Node } from 'yaml'
import type { ImageReference } from '../../reference.js'
import type { Located } from '../located.js'
import { displayOffset, locateEdit } from '../located.js'
import { parseImage } from '../parse-image.js'
import type { ReferenceEdit } from '../types.js'
import { interpolated } from './interpolate.js'
import { scalarSource } from './scalars.js'

export interface ScalarReference {
  readonly written: string
  readonly image: ImageReference
  readonly edit: ReferenceEdit
  /** Where to show it. */
  readonly offset: number
}

const DOCKER_SCHEME = 'docker://'

function slice(located: Located, from: number): Located {
  return {
    text: located.text.slice(from),
    at: located.at.slice(from),
    via: located.via.slice(from)
  }
}

/** The reference in `located`, when it is one with a tag or digest whose edit can be placed. */
export function referenceIn(located: Located): ScalarReference | undefined {
  const image = parseImage(located.text)
  const edit = image && locateEdit(located, image)
  if (!image || !edit) return undefined
  return { written: located.text, image, edit, offset: displayOffset(located, edit) }
}

/**
 * The reference a string scalar holds, read from its start, or after
 * `docker://` when `scheme` (and then only when it has one), or after the
 * first `=` when `afterEquals` (Argo CD's `old=new:tag`). Interpolation
 * defaults count (interpolate.ts); `{{ }}` templates never do.
 */
export function scalarReference(
  node: Node | null,
  text: string,
  { scheme = false, afterEquals = false } = {}
): ScalarReference | undefined {
  const source = scalarSource(node, text)
  if (!source || source.type !== 'string' || source.text.includes('{{')) return undefined
  if (scheme !== source.text.startsWith(DOCKER_SCHEME)) return undefined
  const located = interpolated(source.text, source.start)
  if (!located) return undefined
  const equals = afterEquals ? located.text.indexOf('=') + 1 : 0
  const reference = referenceIn(slice(located, scheme ? DOCKER_SCHEME.length : equals))
  // A default without a version (`${TAG:-latest}`) names no release to follow.
  const versioned = /\d/.test(reference?.image.tag ?? '')
  return located.via.some(Boolean) && !versioned ? undefined : reference
}
