/**
 * What one file may make a reader do (issue 17): past these bounds the file
 * is that file's problem, read in bounded time and memory, and the other
 * files are still handled. Sizes no real Dockerfile or YAML file comes near.
 */

/** Image references one file may hold: a Dockerfile of 140,000 FROMs is not a Dockerfile. */
export const MAX_REFERENCES_PER_FILE = 1000
/** Instructions (Dockerfile) one file may hold. */
export const MAX_INSTRUCTIONS = 10_000
/** Characters of one logical instruction, its continuation lines together. */
export const MAX_INSTRUCTION_CHARS = 64 * 1024

/** A file went past one of the bounds; the message says which, ending in "not read." */
export class ReadLimitError extends Error {}

export function tooManyReferences(): ReadLimitError {
  return new ReadLimitError(
    `holds more than ${MAX_REFERENCES_PER_FILE} image references; not read.`
  )
}

/**
 * YAML lines and items one file may hold (src/files/yaml/bounds.ts): each
 * costs the yaml package about 20 µs and 2 KiB, so 100,000 read in about
 * 2 s and 200 MiB; the largest real bundles (argo-cd's install.yaml, about
 * 24,000 lines) come nowhere near.
 */
export const MAX_YAML_ITEMS = 100_000
/**
 * Levels of nesting in a YAML file: the yaml package recurses once per level
 * and runs out of stack near 900; no real file comes near 100.
 */
export const MAX_YAML_NESTING = 100

/** Tokens of an HCL file: about 80 bytes each; a 100,000-line Terraform file holds some 400,000. */
export const MAX_HCL_TOKENS = 1_000_000
/** `"${"${"…` in HCL: strings within templates within strings, each level a recursion. */
export const MAX_TEMPLATE_NESTING = 64
/** Brackets open at once in devcontainer.json (jsonc-parser recurses once per level). */
export const MAX_JSON_NESTING = 100
/** Values and separators in devcontainer.json: a real one holds a few dozen. */
export const MAX_JSON_ITEMS = 100_000

/** The words for a file nested past `max` levels, the same for every format. */
export function nestsTooDeep(max: number): string {
  return `nests more than ${max} levels deep; not read.`
}
