/**
 * What the pull-request step is given (a plan: the updates and the files
 * they rewrote) and what it answers. The action's front end builds these;
 * nothing here reads the environment or the file system.
 */
import type { Deadline } from '../../transport/deadline.js'
import type { Release } from '../release-range.js'
import type { NotesRepository } from './third-party-markdown.js'

/** A file's whole new text. */
export interface FileUpdate {
  /** Repository-relative, `/` separators: `Dockerfile`, `deploy/app.yaml`. */
  readonly path: string
  readonly content: string
}

/** One reference shape moving to a newer tag. */
export interface ImageUpdate {
  /** Display name: `python`, `ghcr.io/o/app`, `127.0.0.1:5000/team/app`. */
  readonly image: string
  /** The current tag. */
  readonly from: string
  /** The new tag. */
  readonly to: string
  /** `major`, `minor`, `patch`, `prerelease`, `revision` or `digest`. */
  readonly updateType: string
  /** `sha256:…` of the new tag. */
  readonly digest: string
  /** Tags newer than `from`, newest first. */
  readonly newerTags: readonly string[]
  readonly locations: readonly { readonly file: string; readonly line: number }[]
  /** Source, revision and release notes (`release-notes`), fetched before rendering. */
  readonly notes?: UpdateNotes
}

/** One pull request's worth: one image, or every image with `group`. */
export interface PullRequestPlan {
  /** The image's display name, or `all` with `group`. */
  readonly key: string
  readonly updates: readonly ImageUpdate[]
  readonly files: readonly FileUpdate[]
}

export interface GithubContext {
  /** GITHUB_API_URL: `https://api.github.com`, or `https://<host>/api/v3` on GitHub Enterprise Server. */
  readonly apiUrl: string
  /** GITHUB_REPOSITORY: `owner/name`. */
  readonly repository: string
  /** `github-token`; the front end has masked it. */
  readonly token: string
  /** GITHUB_REF: `refs/heads/x` makes `x` the base; anything else, the default branch. */
  readonly ref?: string
  /** Each request's timeout in ms (20 s when not given). */
  readonly timeoutMs?: number
  /** The step's deadline: no request starts, and no wait lasts, past it. */
  readonly deadline?: Deadline
  /**
   * The least time between two writes, in ms: GitHub asks for a second
   * between content-creating requests (1000 when not given; tests pass 0).
   */
  readonly writeSpacingMs?: number
  /** `labels`: added to each pull request (created when missing). */
  readonly labels?: readonly string[]
  /** `reviewers`: users and `org/team`, asked when a pull request is opened. */
  readonly reviewers?: readonly string[]
}

export interface PullRequestOutcome {
  readonly number: number
  /** The pull request's page (`html_url`). */
  readonly url: string
  /**
   * `opened`: a new pull request. `updated`: a new commit, or a new title or
   * body. `unchanged`: nothing written. `declined`: a person closed the pull
   * request for this same update without merging it; nothing written.
   * `stopped`: a person pushed to the branch; it is left as it is (and the
   * pull request told so once). `number` is 0 when no pull request is open.
   * `closed`: no longer needed, closed and its branch deleted.
   */
  readonly action: 'opened' | 'updated' | 'unchanged' | 'declined' | 'stopped' | 'closed'
}

/** What is known of an update's source; every link is https (checked where it entered). */
export interface UpdateNotes {
  readonly source?: string
  readonly revision?: string
  /** The source as a GitHub repository, when it is one. */
  readonly github?: NotesRepository
  readonly releases: readonly Release[]
  readonly compare?: string
  /** Why the notes could not be read, said in the body instead. */
  readonly problem?: string
}
