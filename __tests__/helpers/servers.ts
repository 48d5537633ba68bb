/** Tiny scripted HTTP servers on loopback for transport tests. */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Scripted {
  url: string
  host: string
  seen: { method: string; path: string; authorization?: string }[]
  /** Connections that did not speak HTTP, e.g. a TLS handshake sent to this plain server. */
  clientErrors(): number
  close(): Promise<void>
}

export async function scriptedServer(
  handle: (req: IncomingMessage, res: ServerResponse, count: number) => void,
  address = '127.0.0.1'
): Promise<Scripted> {
  const seen: Scripted['seen'] = []
  const server = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      path: req.url ?? '',
      ...(req.headers.authorization && { authorization: req.headers.authorization })
    })
    handle(req, res, seen.length)
  })
  let clientErrors = 0
  server.on('clientError', (_error, socket) => {
    clientErrors++
    socket.destroy()
  })
  await new Promise<void>(resolve => server.listen(0, address, resolve))
  const { port } = server.address() as AddressInfo
  const host = `${address}:${port}`
  return {
    url: `http://${host}`,
    host,
    seen,
    clientErrors: () => clientErrors,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
