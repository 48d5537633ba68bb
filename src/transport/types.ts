/**
 * What one HTTP exchange sends and gets back, and the shape of the layers
 * stacked around it. Its own module so the pieces around the exchange
 * (errors, hosts, retry, schemes, the limiter, the client pool) can name
 * these types without importing http.ts, which imports them all.
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

/** One request in, its answer out: the bottom attempt, and each layer stacked on it. */
export type Exchange = (request: HttpRequest) => Promise<HttpResponse>

/**
 * A wrapper around an exchange that adds one concern (retries, redirects,
 * scheme fallback, a slot), as go-containerregistry wraps its round trippers.
 */
export type Layer = (inner: Exchange) => Exchange

/** `layers` around `bottom`, the first layer outermost: the order a request goes through them. */
export function stack(layers: readonly Layer[], bottom: Exchange): Exchange {
  return layers.reduceRight((inner, layer) => layer(inner), bottom)
}
