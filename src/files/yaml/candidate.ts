/**
 * What every YAML rule (keys named `image`, Helm maps, Kustomize `images:`,
 * Helm parameters) finds: one image reference and where it sits. Kept apart
 * from the rules so the format-specific modules and rules.ts all import it
 * one way, without an import cycle.
 */
import type { Node } from 'yaml'
import type { ImageReference } from '../../reference.js'
import type { ReferenceEdit } from '../types.js'

export interface Candidate {
  /** The node edited (the scalar, or the Helm map): found once, however many aliases reach it. */
  readonly node: Node
  readonly context: string
  readonly priority: number
  readonly written: string
  readonly image: ImageReference
  readonly edit: ReferenceEdit
  /** Where to show it. */
  readonly offset: number
}

/** A key path as written in messages: `services.web.image`, `spec.containers[0].image`. */
export function pathText(path: readonly string[]): string {
  return path.reduce(
    (out, part) => (part.startsWith('[') || !out ? out + part : `${out}.${part}`),
    ''
  )
}
