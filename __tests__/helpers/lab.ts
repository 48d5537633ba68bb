/** The lab started by the global setup (see lab/index.mjs). */
export interface LabRegistry {
  url: string
  host: string
}

export interface Lab {
  dir: string
  users: Record<string, string>
  /** Per repository, per tag: a manifest digest, or { index, amd64, arm64 } for an index. */
  digests: Record<string, Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any
  open: LabRegistry
  basic: LabRegistry
  token: LabRegistry & { realm: string; service: string }
  /** The same three modes over an empty storage: for tests that push (the seeded catalogs stay exact). */
  scratch: { open: LabRegistry; basic: LabRegistry; token: LabRegistry }
}

export function lab(): Lab {
  const text = process.env['REGISTRY_TAGS_LAB']
  if (!text)
    throw new Error(
      'the lab is not running: tests that use it live in __tests__/e2e/ or are named *.lab.test.ts (the lab project, whose global setup starts it)'
    )
  return JSON.parse(text) as Lab
}
