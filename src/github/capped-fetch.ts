/**
 * A fetch whose response bodies stop at a cap. Octokit reads whole bodies
 * and swallows read errors (an unreadable JSON body becomes ''), so the cap
 * is reported through `state` rather than thrown.
 *
 * Part of the GitHub client (client.ts), for every request it sends.
 */

/**
 * The largest GitHub API answer read: a page of 100 pull requests with 64 KiB
 * bodies fits, with room (a page of 100 packages is a few hundred KiB).
 */
export const MAX_GITHUB_ANSWER_BYTES = 16 * 1024 * 1024

export interface BodyState {
  tooLarge: boolean
}

export function cappedFetch(
  fetch: typeof globalThis.fetch,
  state: BodyState,
  maxBytes = MAX_GITHUB_ANSWER_BYTES
): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init)
    if (!response.body) return response
    let read = 0
    const capped = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          read += chunk.byteLength
          if (read <= maxBytes) return controller.enqueue(chunk)
          state.tooLarge = true
          controller.error(new Error('body too large'))
        }
      })
    )
    const { status, statusText, headers } = response
    return new Response(capped, { status, statusText, headers })
  }
}
