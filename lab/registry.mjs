// Debian's docker-registry (distribution 2.8) on 127.0.0.1, in one of three
// auth modes, over a storage directory that several instances may share.
import { spawn, execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

export const REGISTRY_BINARY = process.env.REGISTRY_BINARY || '/usr/bin/docker-registry'

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

export function htpasswdLine(user, password) {
  return execFileSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8' }).trim()
}

function configYaml({ port, storage, auth }) {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`
  ]
  if (auth?.htpasswd) {
    lines.push(
      'auth:',
      '  htpasswd:',
      '    realm: registry-tags-basic',
      `    path: ${auth.htpasswd}`
    )
  }
  if (auth?.token) {
    const t = auth.token
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${t.realm}`,
      `    service: ${t.service}`,
      `    issuer: ${t.issuer}`,
      `    rootcertbundle: ${t.rootcertbundle}`
    )
  }
  return lines.join('\n') + '\n'
}

async function waitReady(url, child, deadlineMs = 15000) {
  const start = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/v2/`)
      if (res.status === 200 || res.status === 401) return
    } catch {
      // not listening yet
    }
    if (Date.now() - start > deadlineMs) throw new Error(`docker-registry did not start on ${url}`)
    await new Promise(r => setTimeout(r, 50))
  }
}

/** auth: undefined | { htpasswd: path } | { token: { realm, service, issuer, rootcertbundle } } */
export async function startRegistry({ dir, storage, auth, name = 'registry' }) {
  if (!existsSync(REGISTRY_BINARY)) {
    throw new Error(`${REGISTRY_BINARY} is missing: apt-get install -y docker-registry`)
  }
  mkdirSync(dir, { recursive: true })
  const port = await freePort()
  const config = join(dir, `${name}.yml`)
  writeFileSync(config, configYaml({ port, storage, auth }))
  const child = spawn(REGISTRY_BINARY, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', d => {
    stderr = (stderr + d).slice(-4000)
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitReady(url, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${stderr}`, { cause: error })
  }
  return {
    url,
    host: `127.0.0.1:${port}`,
    port,
    pid: child.pid,
    stop: () =>
      new Promise(resolve => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}
