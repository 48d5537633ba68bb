/**
 * The HTTP clients of a transport: one @actions/http-client per protocol and
 * TLS mode (it keeps one agent per client, and with it the keep-alive
 * sockets and proxy tunnels), and the request options for each exchange.
 */
import * as http from 'node:http'
import * as https from 'node:https'
import { HttpClient, getProxyUrl } from '@actions/http-client'
import type { HttpClientResponse } from '@actions/http-client'
import type { HttpRequest } from './types.js'
import { bareHostname } from './hosts.js'

export interface ClientPoolOptions {
  readonly userAgent: string
  readonly socketTimeoutMs: number
  /** host[:port] whose certificates are not verified (`insecure: true`). */
  readonly insecureHosts: ReadonlySet<string>
}

export class ClientPool {
  private readonly clients = new Map<string, HttpClient>()

  constructor(private readonly options: ClientPoolOptions) {}

  /** Sends `request` to `url` (the scheme and host already chosen), aborted by `signal`. */
  send(request: HttpRequest, url: URL, signal: AbortSignal): Promise<HttpClientResponse> {
    return this.client(url).requestRaw(this.requestInfo(request, url, signal), request.body ?? null)
  }

  /**
   * Request options built here rather than by http-client: IPv6 literals lose
   * their brackets for DNS and TLS (`[::1]` is no name to resolve), and the
   * abort signal reaches the socket. The agent still comes from http-client,
   * which honours HTTPS_PROXY/NO_PROXY (a proxy tunnel wants the brackets).
   */
  private requestInfo(request: HttpRequest, url: URL, signal: AbortSignal) {
    const secure = url.protocol === 'https:'
    const proxied = getProxyUrl(url.href) !== ''
    return {
      parsedUrl: url,
      httpModule: secure ? https : http,
      options: {
        host: proxied ? url.hostname : bareHostname(url.hostname),
        port: url.port ? Number(url.port) : secure ? 443 : 80,
        path: url.pathname + url.search,
        method: request.method,
        headers: { 'user-agent': this.options.userAgent, ...request.headers },
        agent: this.client(url).getAgent(url.href),
        signal
      }
    }
  }

  private client(url: URL): HttpClient {
    const unverified = this.options.insecureHosts.has(url.host)
    const key = `${url.protocol}${unverified ? ' unverified' : ''}`
    let client = this.clients.get(key)
    if (!client) {
      client = new HttpClient(this.options.userAgent, [], {
        allowRedirects: false,
        allowRetries: false,
        keepAlive: true,
        socketTimeout: this.options.socketTimeoutMs,
        ignoreSslError: unverified
      })
      this.clients.set(key, client)
    }
    return client
  }

  dispose(): void {
    for (const client of this.clients.values()) client.dispose()
  }
}
