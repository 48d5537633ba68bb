/**
 * Image references found in a repository's files, and where to rewrite them.
 * Offsets are JS string offsets into the file's text as read (a BOM included).
 */
import type { ImageReference } from '../reference.js'

export interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Where the tag is written. The span holds `found`; a rewrite puts the new tag
 * there without `before` and `after`, the parts of the tag written elsewhere
 * (`FROM python:${PY}-slim` edits only the ARG value: before '', after '-slim').
 */
export interface TagSlot {
  readonly span: Span
  readonly found: string
  readonly before: string
  readonly after: string
  /** The reference has no tag yet: the span is an insertion point and the text gets a ':'. */
  readonly colon: boolean
  /** A whole plain YAML scalar (Helm `tag:`): quoted when the new value would not read back as text. */
  readonly plainYaml?: boolean
}

/** Where the digest is written: an existing `@sha256:…`, an insertion point, or Helm's `digest:` value. */
export interface DigestSlot {
  readonly span: Span
  readonly found: string
  /** The digest is written after an '@' (inline), not as a value of its own (Helm). */
  readonly at: boolean
  readonly plainYaml?: boolean
  /** Written before a digest put where none was (a new kustomize `digest:` line); replaces the '@'. */
  readonly prefix?: string
}

/** The spans a rewrite touches; the name part of a reference is never among them. */
export interface ReferenceEdit {
  readonly tag: TagSlot
  /** Absent when there is nowhere to write one (a Helm map without a `digest:` key). */
  readonly digest?: DigestSlot
}

export interface FoundReference {
  /** As passed in (workspace-relative, '/' separators). */
  readonly file: string
  /** 1-based line where the rewritten text lies. */
  readonly line: number
  /** 1-based column (UTF-16 units) of the reference, or of its tag when that is written elsewhere. */
  readonly column: number
  /** The reference as written, after Dockerfile ARG substitution: 'python:3.12-slim'. */
  readonly written: string
  /** parseReference(written): normalised, with tag and digest. */
  readonly image: ImageReference
  /** Short words for display: 'FROM (stage build)', 'services.web.image', 'helm values image'. */
  readonly context: string
  readonly edit: ReferenceEdit
}

export interface FileProblem {
  readonly file: string
  readonly line: number
  readonly message: string
}

export interface FileScan {
  readonly file: string
  readonly references: readonly FoundReference[]
  /** The file could not be parsed: no references, and it must be left untouched. */
  readonly problem?: FileProblem
}
