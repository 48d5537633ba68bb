/** What we may present to a registry, and where it came from (for error messages only). */
export type Credential =
  | {
      readonly kind: 'basic'
      readonly username: string
      readonly password: string
      readonly source: string
    }
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
