import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

/** Every tag an official image has declared (fixtures/tags/<image>.txt). */
export function tagHistory(image: string): string[] {
  return readFileSync(join(FIXTURES, 'tags', `${image}.txt`), 'utf8')
    .split('\n')
    .filter(Boolean)
}

export function tagImages(): string[] {
  return readdirSync(join(FIXTURES, 'tags'))
    .filter(f => f.endsWith('.txt'))
    .map(f => f.slice(0, -4))
}

export interface Alias {
  image: string
  alias: string
  tags_beside_it: string[]
}

export function aliases(): Alias[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'tags', 'aliases.json'), 'utf8')) as Alias[]
}

/** A small seeded PRNG so property tests are repeatable. */
export function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One case of a tag-scheme family: right when the chosen tag is `expected` or an alternative. */
export interface SchemeCase {
  current?: string
  expected: string
  alternatives?: string[]
  why: string
  variant?: string
  prerelease?: boolean
  filter?: string
  precision?: string
  range?: string
}

export interface SchemeFamily {
  family: string
  image: string
  scheme: string
  tags: string[]
  cases: SchemeCase[]
}

/** The tag-scheme families of images in the wild (fixtures/schemes/<family>.json). */
export function schemeFamilies(): SchemeFamily[] {
  const dir = join(FIXTURES, 'schemes')
  return readdirSync(dir)
    .filter(f => f.endsWith('.json'))
    .sort()
    .map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SchemeFamily)
}

/** Whether `tag` is a right answer to `c`. */
export const isRightAnswer = (c: SchemeCase, tag: string | undefined): boolean =>
  tag === c.expected || (tag !== undefined && (c.alternatives ?? []).includes(tag))
