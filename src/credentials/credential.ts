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

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

export function describeCredential(credential: Credential): string {
  return credential.kind === 'anonymous'
    ? 'no credentials (anonymous)'
    : `credentials from ${credential.source}`
}
