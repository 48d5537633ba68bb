import { createHash } from 'node:crypto'

/** What we may present to a registry, and where it came from (for error messages only). */
export type Credential =
  | {
      readonly kind: 'basic'
      readonly username: string
      readonly password: string
      readonly source: string
    }
  /** An OAuth2 refresh token (docker config `identitytoken`): exchanged by POST at the realm. */
  | {
      readonly kind: 'identity-token'
      readonly username?: string
      readonly token: string
      readonly source: string
    }
  /** A registry token (docker config `registrytoken`): sent as Bearer with no exchange. */
  | { readonly kind: 'bearer'; readonly token: string; readonly source: string }
  | { readonly kind: 'anonymous' }

export const ANONYMOUS: Credential = { kind: 'anonymous' }

/** docker-credential-helpers' and the token GET's user name for an identity token. */
export const TOKEN_USERNAME = '<token>'

/** The value after `Basic `: base64 of `user:password`. A secret in its own right. */
export function basicValue(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64')
}

export function basicHeader(username: string, password: string): string {
  return `Basic ${basicValue(username, password)}`
}

/** The user name and secret a credential sends as Basic (to a registry or a token GET), if any. */
export function basicLogin(credential: Credential): [string, string] | undefined {
  if (credential.kind === 'basic') return [credential.username, credential.password]
  if (credential.kind === 'identity-token')
    return [credential.username ?? TOKEN_USERNAME, credential.token]
  return undefined
}

/** Every string that must never appear in a log: the secret and the Basic value derived from it. */
export function credentialSecrets(credential: Credential): string[] {
  if (credential.kind === 'anonymous') return []
  const login = basicLogin(credential)
  const secret = credential.kind === 'basic' ? credential.password : credential.token
  return [secret, ...(login ? [basicValue(...login)] : [])].filter(s => s.length > 0)
}

/**
 * Which credential this is, for cache keys: two credentials with the same
 * user name and another secret must not share tokens or sessions. The
 * secret is hashed so the key can be kept and compared without holding it.
 */
export function credentialId(credential: Credential): string {
  if (credential.kind === 'anonymous') return 'anonymous'
  const username = credential.kind === 'bearer' ? '' : (credential.username ?? '')
  const secret = credential.kind === 'basic' ? credential.password : credential.token
  const digest = createHash('sha256').update(`${username}\0${secret}`).digest('hex').slice(0, 32)
  return `${credential.kind}:${username}:${digest}`
}

export function describeCredential(credential: Credential): string {
  return credential.kind === 'anonymous'
    ? 'no credentials (anonymous)'
    : `credentials from ${credential.source}`
}
