/**
 * Platforms (`os/arch[/variant]`), normalised as regclient does so that
 * `linux/aarch64` finds `linux/arm64` and `linux/x86_64` finds `linux/amd64`.
 */
export interface Platform {
  readonly os: string
  readonly architecture: string
  readonly variant?: string
}

const ARCH_ALIASES: Record<string, Platform['architecture']> = {
  aarch64: 'arm64',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  i386: '386',
  armhf: 'arm',
  armel: 'arm'
}

export function normalizePlatform(p: Platform): Platform {
  const os = p.os.toLowerCase()
  const raw = p.architecture.toLowerCase()
  const architecture = ARCH_ALIASES[raw] ?? raw
  let variant = p.variant?.toLowerCase() || undefined
  if (raw === 'armhf') variant = 'v7'
  if (raw === 'armel') variant = 'v6'
  if (architecture === 'arm64' && variant === 'v8') variant = undefined
  if (architecture === 'amd64' && variant === 'v1') variant = undefined
  if (architecture === 'arm' && !variant) variant = 'v7'
  return { os, architecture, ...(variant && { variant }) }
}

/** Parses `linux/arm64`, `linux/arm/v7`; undefined when malformed. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.trim().split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some(p => !/^[A-Za-z0-9_.-]+$/.test(p)))
    return undefined
  const [os, architecture, variant] = parts as [string, string, string?]
  return normalizePlatform({ os, architecture, ...(variant && { variant }) })
}

export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

/** True when `candidate` satisfies `wanted`; a variant left out of `wanted` matches any. */
export function platformMatches(wanted: Platform, candidate: Platform): boolean {
  const w = normalizePlatform(wanted)
  const c = normalizePlatform(candidate)
  return (
    w.os === c.os && w.architecture === c.architecture && (!w.variant || w.variant === c.variant)
  )
}
