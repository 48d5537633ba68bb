/**
 * Reads a response body with a size cap, straight from the IncomingMessage.
 * Over the cap, or cut short, the socket is destroyed at once and nothing
 * read is kept; read to its end, the socket goes back to the keep-alive pool.
 */
import type { IncomingMessage } from 'node:http'
import { NetworkError } from './errors.js'

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024

export interface BodyOptions {
  readonly maxBytes: number
  /** The request in messages, e.g. "GET https://host/v2/" (already redacted). */
  readonly what: string
  /** The URL asked, kept on errors. */
  readonly url: string
  /** A HEAD answer announces the length of a body it does not send. */
  readonly head?: boolean
  /** Called on every chunk: the caller's idle timer restarts on progress. */
  readonly onProgress?: () => void
}

/** "64 MiB", "1.5 KiB", "12 bytes". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`
}

export function tooLarge(options: BodyOptions, cause?: unknown): NetworkError {
  return new NetworkError(
    `${options.what} answered more than ${formatBytes(options.maxBytes)}; refusing to read a response that large.`,
    { url: options.url, code: 'ETOOLARGE', temporary: false, cause }
  )
}

function truncated(options: BodyOptions, received: number, expected: string | undefined) {
  const of = expected === undefined ? '' : ` of the ${expected} announced`
  return new NetworkError(
    `${options.what} answered with a truncated body: the connection closed after ${received} bytes${of}.`,
    { url: options.url, code: 'ETRUNCATED', temporary: false }
  )
}

/** The whole body, or a NetworkError (ETOOLARGE, ETRUNCATED) with the socket destroyed. */
export function readCappedBody(message: IncomingMessage, options: BodyOptions): Promise<Buffer> {
  const announced = message.headers['content-length']
  if (!options.head && announced !== undefined && Number(announced) > options.maxBytes) {
    message.destroy()
    return Promise.reject(tooLarge(options))
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    let settled = false
    const fail = (error: NetworkError): void => {
      if (settled) return
      settled = true
      chunks.length = 0
      message.destroy()
      reject(error)
    }
    message.on('data', (chunk: Buffer) => {
      if (settled) return
      received += chunk.length
      if (received > options.maxBytes) return fail(tooLarge(options))
      chunks.push(chunk)
      options.onProgress?.()
    })
    message.on('end', () => {
      if (settled) return
      settled = true
      resolve(Buffer.concat(chunks, received))
    })
    // An answer cut short ends in 'error' (aborted) and/or 'close' without 'end'.
    const cutShort = (): void => fail(truncated(options, received, announced))
    message.on('error', cutShort)
    message.on('close', () => {
      if (!message.complete) cutShort()
    })
  })
}
