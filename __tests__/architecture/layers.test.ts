/**
 * The layers are a lint rule (eslint.layers.mjs): an import that points up
 * fails `eslint` with a message naming the rule. ESLint runs here through
 * its Node API with the project's own eslint.config.mjs, on snippets placed
 * (by file name only: nothing is written) in each layer's folder.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

/** The `no-restricted-imports` messages ESLint reports for `code` as if it were `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter(m => m.ruleId === 'no-restricted-imports')
    .map(m => m.message)
}

// prettier-ignore
const WRONG: [string, string, string][] = [
  ['src/transport/probe.ts', "import { RegistryApi } from '../registry/api.js'", 'layers: transport may not import registry'],
  ['src/transport/probe.ts', "import type { Answer } from '../github/client.js'", 'layers: transport may not import github'],
  ['src/transport/probe.ts', "import { parseVersion } from '../versions/parse.js'", 'layers: transport may not import versions'],
  ['src/transport/probe.ts', "export { findImages } from '../files/find.js'", 'layers: transport may not import files'],
  ['src/transport/probe.ts', "import { lookupImage } from '../lookup.js'", 'layers: transport may not import the engine'],
  ['src/registry/probe.ts', "import type { RepositoriesTarget } from '../repositories.js'", 'layers: registry may not import the engine'],
  ['src/registry/probe.ts', "import { main } from '../action/main.js'", 'layers: registry may not import a front end'],
  ['src/github/probe.ts', "import { Engine } from '../engine.js'", 'layers: github may not import the engine'],
  ['src/github/probe.ts', "import { publishPullRequest } from './pulls/index.js'", 'layers: github may not import pulls'],
  ['src/github/probe.ts', "import type { PullRequestPlan } from './pulls/types.js'", 'layers: github may not import pulls'],
  ['src/github/pulls/probe.ts', "import { Engine } from '../../engine.js'", 'layers: pulls may not import the engine'],
  ['src/github/pulls/probe.ts', "import { main } from '../../action/main.js'", 'layers: pulls may not import a front end'],
  ['src/credentials/probe.ts', "import { parseArgs } from '../cli/args.js'", 'layers: credentials may not import a front end'],
  ['src/versions/probe.ts', "import { RegistryApi } from '../registry/api.js'", 'layers: versions may not import registry'],
  ['src/versions/probe.ts', "import type { Options } from '../options.js'", 'layers: versions may not import the engine'],
  ['src/files/yaml/probe.ts', "import { resolveCredential } from '../../credentials/resolve.js'", 'layers: files may not import credentials'],
  ['src/files/probe.ts', "import { githubGetter } from '../github/client.js'", 'layers: files may not import github'],
  ['src/files/dockerfile/probe.ts', "import { readInputs } from '../../inputs.js'", 'layers: files may not import the engine'],
  ['src/reference.ts', "import { Engine } from './engine.js'", 'layers: reference.ts may not import the engine'],
  ['src/engine.ts', "import { runLookup } from './cli/lookup.js'", 'layers: the engine may not import a front end'],
  ['src/lookup.ts', "import type { Core } from './action/core.js'", 'layers: the engine may not import a front end']
]

// prettier-ignore
const RIGHT: [string, string][] = [
  ['src/transport/probe.ts', "import { UsageError } from '../errors.js'"],
  ['src/transport/probe.ts', "import type { Credential } from '../credentials/credential.js'"],
  ['src/registry/probe.ts', "import { HttpTransport } from '../transport/http.js'"],
  ['src/registry/probe.ts', "import { parseReference } from '../reference.js'"],
  ['src/github/probe.ts', "import { isRepositoryPath } from '../registry/listing.js'"],
  ['src/github/pulls/probe.ts', "import { GithubClient } from '../client.js'"],
  ['src/github/pulls/probe.ts', "import { releasesBetween } from '../release-range.js'"],
  ['src/github/pulls/probe.ts', "import { isRecord } from '../../registry/json.js'"],
  ['src/github/pulls/probe.ts', "import { html } from '../../text/html.js'"],
  ['src/action/probe.ts', "import type { UpdateNotes } from '../github/pulls/types.js'"],
  ['src/update/probe.ts', "import type { PullRequestPlan } from '../github/pulls/types.js'"],
  ['src/files/yaml/probe.ts', "import type { ImageReference } from '../../reference.js'"],
  ['src/update/probe.ts', "import { lookupImage } from '../lookup.js'"],
  ['src/engine.ts', "import { lookupImage } from './lookup.js'"],
  ['src/cli/probe.ts', "import { Engine } from '../engine.js'"]
]

describe('layers kept by the lint', () => {
  it.each(WRONG)('%s: %s fails', async (filePath, code, rule) => {
    const errors = await layerErrors(filePath, `${code}\n`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(rule)
  })

  it.each(RIGHT)('%s: %s is allowed', async (filePath, code) => {
    expect(await layerErrors(filePath, `${code}\n`)).toEqual([])
  })

  it('keeps @actions/core to the action entry in every layer folder', async () => {
    for (const filePath of ['src/transport/probe.ts', 'src/versions/probe.ts', 'src/engine.ts']) {
      const errors = await layerErrors(filePath, "import * as core from '@actions/core'\n")
      expect(errors).toEqual([expect.stringContaining('Only the action entry uses @actions/core')])
    }
    expect(
      await layerErrors('src/action/probe.ts', "import * as core from '@actions/core'\n")
    ).toEqual([])
  })
})
