/** The lab started by the global setup (see lab/index.mjs). */
export interface LabRegistry {
  url: string
  host: string
}

export interface Lab {
  dir: string
  users: Record<string, string>
  digests: Record<string, Record<string, any>>
  open: LabRegistry
  basic: LabRegistry
  token: LabRegistry & { realm: string; service: string }
}

export function lab(): Lab {
  const text = process.env['REGISTRY_TAGS_LAB']
  if (!text) throw new Error('the lab is not running: run the tests through jest (global setup starts it)')
  return JSON.parse(text) as Lab
}
