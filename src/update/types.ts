/**
 * What checking a repository's files for image updates produces: one row
 * per reference found, grouped by image. Pure data, read by the outputs, the
 * job summary, the command line and the pull requests.
 */
import type { FileProblem, FoundReference } from '../files/types.js'
import type { ImageReference } from '../reference.js'
import type { UpdateType } from '../versions/order.js'
import type { Version } from '../versions/parse.js'

/** `revision` and the version moves from the version engine, or `digest`: same tag, new digest. */
export type ReferenceUpdate = UpdateType | 'digest'

/** Every reference to one image (registry and repository), whatever its tag. */
export interface ImageGroup {
  /** `docker.io/library/python`: references that normalise alike share it. */
  readonly key: string
  /** The image without tag or digest. */
  readonly image: ImageReference
  readonly references: readonly FoundReference[]
}

/** One reference, checked. */
export interface ReferenceResult {
  readonly reference: FoundReference
  /** The tag as written; '' for a reference pinned by digest alone. */
  readonly current: string
  /** The tag to move to; `current` when there is no newer one. */
  readonly tag: string
  /** The digest of `tag`; '' when it could not be resolved. */
  readonly digest: string
  readonly update?: ReferenceUpdate
  /** The passing tags newer than `current`, newest first. */
  readonly newer: readonly string[]
  /** How the current and chosen tags were read, when they are versions. */
  readonly currentVersion?: Version
  readonly chosenVersion?: Version
  /** Why this reference was not moved although nothing failed. */
  readonly note?: string
  /** Why this reference could not be checked (the image failed, or its tag's digest). */
  readonly error?: string
  /** Newer tags passed over (not LTS) or held by the cooldown, with why; newest first. */
  readonly held?: readonly { readonly tag: string; readonly reason: string }[]
  /** The chosen tag's release date and where it came from, when a cooldown examined it. */
  readonly released?: { readonly date: string; readonly source: string }
}

/** One image's check: its rows, and the error that stopped it, if any. */
export interface ImageCheck {
  readonly group: ImageGroup
  readonly results: readonly ReferenceResult[]
  readonly error?: Error
  /** What the check logged, kept together so the log can show it as one group. */
  readonly log: readonly LogLine[]
}

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warning'
  readonly message: string
}

/** The files read, what was found in them, and what could not be read. */
export interface WorkspaceScan {
  readonly workspace: string
  readonly files: readonly string[]
  /** Each file's text as read, by file: rewrites splice into these bytes. */
  readonly texts: ReadonlyMap<string, string>
  readonly groups: readonly ImageGroup[]
  readonly problems: readonly FileProblem[]
}

/** A whole update run: the checks, and the files rewritten (or that would be). */
export interface UpdateReport {
  readonly scan: WorkspaceScan
  readonly checks: readonly ImageCheck[]
  /** Rewritten text by file, for the files whose references moved. */
  readonly rewritten: ReadonlyMap<string, string>
  /** Files whose moves could not be spliced in: left untouched. */
  readonly problems: readonly FileProblem[]
}
