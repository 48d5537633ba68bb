/**
 * The tag policy: the filter inputs compiled once, with errors that name the
 * input. Pure; the entry reads the inputs and passes strings here.
 */
import semver from 'semver'
import { UsageError } from '../errors.js'
import type { TagPattern } from './pattern.js'
import { compilePattern } from './pattern.js'

export type { TagMatch, TagPattern } from './pattern.js'

export type VariantRule =
  | { readonly kind: 'auto' }
  | { readonly kind: 'any' }
  | { readonly kind: 'exact'; readonly value: string }
  | { readonly kind: 'regex'; readonly pattern: TagPattern }

export type Precision = 'same' | 'any' | 'auto'

export interface TagPolicy {
  /** Run by re2js (RE2 syntax, linear time); `source` is what the user wrote. */
  readonly filter?: TagPattern
  /** `filter` has a `(?<version>…)` group: the version is read from it. */
  readonly versionGroup: boolean
  readonly exclude?: TagPattern
  readonly range?: string
  readonly variant: VariantRule
  readonly precision: Precision
  readonly prerelease: boolean
}

export interface PolicyInputs {
  readonly filter?: string
  readonly exclude?: string
  readonly range?: string
  readonly variant?: string
  readonly precision?: string
  readonly prerelease?: boolean
}

function variantRule(value: string | undefined): VariantRule {
  const v = (value ?? '').trim()
  if (v === '' || v === 'auto') return { kind: 'auto' }
  if (v === '*') return { kind: 'any' }
  if (v.length > 2 && v.startsWith('/') && v.endsWith('/')) {
    return { kind: 'regex', pattern: compilePattern('variant', v.slice(1, -1)) }
  }
  if (!/^[\w][\w.-]*$/.test(v)) {
    throw new UsageError(
      'variant',
      `'${v}' is not a tag suffix. Use a suffix such as 'alpine', 'auto', '*', or '/regex/'.`
    )
  }
  return { kind: 'exact', value: v }
}

export function buildPolicy(inputs: PolicyInputs): TagPolicy {
  const precision = (inputs.precision?.trim() || 'auto') as Precision
  if (!['same', 'any', 'auto'].includes(precision)) {
    throw new UsageError(
      'precision',
      `'${inputs.precision}' is not one of 'same', 'any' or 'auto'.`
    )
  }
  const range = inputs.range?.trim()
  if (range && semver.validRange(range) === null) {
    throw new UsageError(
      'range',
      `'${range}' is not a semver range. Examples: '^3.12', '~1.4', '>=2 <3', '3.x'.`
    )
  }
  const filterText = inputs.filter?.trim()
  const excludeText = inputs.exclude?.trim()
  const filter = filterText ? compilePattern('filter', filterText) : undefined
  return {
    ...(filter && { filter }),
    versionGroup: filter?.groupNames.includes('version') ?? false,
    ...(excludeText && { exclude: compilePattern('exclude', excludeText) }),
    ...(range && { range }),
    variant: variantRule(inputs.variant),
    precision,
    prerelease: inputs.prerelease ?? false
  }
}
