/**
 * The CONNECT proxy of lab/proxy.mjs, for end-to-end tests that reach
 * stand-ins under their real hostnames (api.github.com, hub.docker.com, …):
 * a test CA of its own in a temporary directory, closed by closeAll().
 */
import { startMitmProxy } from '../../lab/proxy.mjs'
import { tempDir } from '../lab/temp-dirs.mjs'
import { closeLater } from './action.js'

export type MitmProxy = Awaited<ReturnType<typeof startMitmProxy>>

/** A proxy that routes each hostname to a loopback URL and refuses every other host. */
export async function proxyTo(routes: Record<string, string>): Promise<MitmProxy> {
  return closeLater(await startMitmProxy({ dir: tempDir('ca'), routes }))
}

/** What a user sets to go through `proxy` and trust its CA. */
export const throughProxy = (proxy: MitmProxy): Record<string, string> => ({
  HTTPS_PROXY: proxy.url,
  NODE_EXTRA_CA_CERTS: proxy.caPath
})

/** The `host:port` of every CONNECT the proxy was asked for, in order. */
export const connectsOf = (proxy: MitmProxy): string[] =>
  proxy.seen.filter(s => 'connect' in s).map(s => s.connect)
