// Test certificates made with openssl (on every Debian machine; Node can
// make keys but not X.509 certificates): the token issuer's self-signed
// certificate, and a CA with a leaf for the hosts the CONNECT proxy serves.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const openssl = (...args) => execFileSync('openssl', args, { stdio: 'ignore' })

/** A self-signed certificate and its key: `req -x509` writes both. */
function selfSigned(keyPath, certPath, commonName) {
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    certPath,
    '-days',
    '2',
    '-subj',
    `/CN=${commonName}`
  )
}

/** Key and certificate for the token issuer; `x5c` is the certificate's DER, base64. */
export function makeIssuerCertificate(dir, commonName = 'registry-tags test issuer') {
  const key = join(dir, 'issuer-key.pem')
  const cert = join(dir, 'issuer-cert.pem')
  selfSigned(key, cert, commonName)
  const certPem = readFileSync(cert, 'utf8')
  const der = certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')
  return { keyPem: readFileSync(key, 'utf8'), certPem, certPath: cert, x5c: der }
}

/** A CA and one leaf certificate for all `hosts`, signed by it. */
export function makeTestCa(dir, hosts) {
  const caKey = join(dir, 'ca-key.pem')
  const caCert = join(dir, 'ca.pem')
  selfSigned(caKey, caCert, 'registry-tags test CA')
  const key = join(dir, 'leaf-key.pem')
  const csr = join(dir, 'leaf.csr')
  const cert = join(dir, 'leaf.pem')
  const ext = join(dir, 'leaf.ext')
  writeFileSync(ext, `subjectAltName=${hosts.map(h => `DNS:${h}`).join(',')}\n`)
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    csr,
    '-subj',
    `/CN=${hosts[0]}`
  )
  openssl(
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    caCert,
    '-CAkey',
    caKey,
    '-CAcreateserial',
    '-out',
    cert,
    '-days',
    '2',
    '-extfile',
    ext
  )
  return { caPath: caCert, key: readFileSync(key), cert: readFileSync(cert) }
}
