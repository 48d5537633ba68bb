/**
 * What one HTTP exchange sends and gets back. Its own module so the pieces
 * around the exchange (errors, hosts, retry, the client pool) can name these
 * types without importing http.ts, which imports them all.
 */
import type { IncomingHttpHeaders } from 'node:http'

export interface HttpRequest {
  readonly method: 'GET' | 'HEAD' | 'POST'
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  /** A smaller cap than the transport's for this answer (small JSON documents). */
  readonly maxBodyBytes?: number
}

export interface HttpResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
  /** The URL that answered, after redirects and scheme fallback. */
  readonly url: string
}
