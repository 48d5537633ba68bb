// A self-signed RSA certificate for the test token issuer. openssl is on every
// Debian machine; Node can make keys but not X.509 certificates.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Writes key.pem and cert.pem into `dir`; returns the key, the cert and its DER base64 for x5c. */
export function makeIssuerCertificate(dir, commonName = 'registry-tags test issuer') {
  const key = join(dir, 'issuer-key.pem')
  const cert = join(dir, 'issuer-cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${commonName}`
    ],
    { stdio: 'ignore' }
  )
  const certPem = readFileSync(cert, 'utf8')
  const der = certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')
  return { keyPem: readFileSync(key, 'utf8'), certPem, certPath: cert, x5c: der }
}
