/**
 * `release-notes`: for each update of a run, the new image's source
 * (annotations, else config labels) and, when that source is a GitHub
 * repository, the release notes between the current and the new version.
 * A source or releases that cannot be read become a note in the pull
 * request, never a failure: this runs after the update itself succeeded.
 */
import { displayName } from '../reference.js'
import type { ReferenceResult, ImageCheck } from './types.js'
import type { LookupEngine } from '../lookup.js'
import type { Logger } from '../logger.js'
import type { Deadline } from '../transport/deadline.js'
import { readImageSource } from '../registry/source.js'
import type { PullRequestPlan, UpdateNotes } from '../github/pulls/types.js'
import { movesReference } from './changes.js'

export interface NotesOptions {
  /** GITHUB_SERVER_URL and GITHUB_API_URL: which GitHub is the workflow's own. */
  readonly env: NodeJS.ProcessEnv
  /** `github-token`: only ever sent to the workflow's own GitHub API. */
  readonly token?: string
  readonly log: Logger
  readonly deadline?: Deadline
  readonly timeoutMs: number
  /** Fetch release notes (pull requests); without, only the source is read (the summary). */
  readonly releases: boolean
}

/** `image\ntag`: one update, however many references it moves. */
export const notesKey = (image: string, tag: string) => `${image}\n${tag}`

/** Updates whose notes are read at once; the transport bounds each host further. */
const CONCURRENCY = 8

/** The notes of every update the run makes (each once, however many references it moves). */
export async function gatherNotes(
  engine: LookupEngine,
  checks: readonly ImageCheck[],
  pinDigest: boolean,
  options: NotesOptions
): Promise<Map<string, UpdateNotes>> {
  const wanted = new Map<string, ReferenceResult>()
  for (const result of checks.flatMap(c => c.results)) {
    if (!movesReference(result, pinDigest) || !result.digest) continue
    const key = notesKey(displayName(result.reference.image), result.tag)
    if (!wanted.has(key)) wanted.set(key, result)
  }
  const queue = [...wanted]
  const found = new Map<string, UpdateNotes>()
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      found.set(next[0], await notesOf(engine, next[1], options))
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker))
  // In the order the updates were found, whichever finished first.
  return new Map([...wanted.keys()].map(key => [key, found.get(key)!]))
}

async function notesOf(
  engine: LookupEngine,
  result: ReferenceResult,
  options: NotesOptions
): Promise<UpdateNotes> {
  const image = result.reference.image
  const name = displayName(image)
  let source
  try {
    const api = engine.api(image, await engine.credentialFor(image))
    source = await readImageSource(api, image.repository, result.digest)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    options.log.info(`${name}:${result.tag}: its source labels could not be read: ${why}`)
    return { releases: [], problem: 'the image’s labels could not be read from the registry' }
  }
  const facts = {
    ...(source.source && { source: source.source }),
    ...(source.revision && { revision: source.revision })
  }
  if (!source.source || !options.releases) return { ...facts, releases: [] }
  const { githubRepositoryOf, releasesApiFor, fetchReleases } =
    await import('../github/releases.js')
  const github = githubRepositoryOf(source.source, options.env)
  const api = github && releasesApiFor(github, options.env, options.token)
  if (!github || !api) return { ...facts, releases: [] }
  const { compareLink } = await import('../github/release-range.js')
  const range = { from: result.current, to: result.tag, image: image.repository }
  try {
    const releases = await fetchReleases(github, api, range, options)
    const home = `https://${github.host}/${github.owner}/${github.name}`
    const compare = compareLink(home, releases[0], result.current)
    return { ...facts, github, releases, ...(compare && { compare }) }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    options.log.info(
      `${name}:${result.tag}: the releases of ${github.owner}/${github.name} could not be read: ${why}`
    )
    return { ...facts, github, releases: [], problem: `${github.owner}/${github.name}: ${why}` }
  }
}

/** The plans with each update's notes attached. */
export function withNotes(
  plans: readonly PullRequestPlan[],
  notes: ReadonlyMap<string, UpdateNotes>
): PullRequestPlan[] {
  return plans.map(plan => ({
    ...plan,
    updates: plan.updates.map(u => {
      const found = notes.get(notesKey(u.image, u.to))
      return found ? { ...u, notes: found } : u
    })
  }))
}
