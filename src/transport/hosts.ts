/** host[:port] helpers. Loopback registries may use plain HTTP. */

/** `localhost`, `*.localhost`, 127.0.0.0/8 and ::1, with or without a port. */
export function isLoopbackHost(host: string): boolean {
  const hostname = hostnameOf(host).toLowerCase()
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '[::1]' ||
    hostname === '::1' ||
    hostname === '[0:0:0:0:0:0:0:1]'
  )
}

/** Strips the port: `[::1]:5000` → `[::1]`, `host:443` → `host`. */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  const colon = host.indexOf(':')
  return colon < 0 ? host : host.slice(0, colon)
}

/** Scheme, host and path, without the query (it may carry tokens): what a message may show of a URL. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return '<invalid url>'
  }
}
