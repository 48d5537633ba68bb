/**
 * `image: auto` without `update-files` through the bundled action, over a
 * workspace holding every format the default globs read: each reference
 * rewritten in place (only its tag), results at the line holding that tag,
 * the traps beside them and `.git/`, `node_modules/`, `vendor/` untouched;
 * then with `pin-digest`; a second run of each changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, closeAll, failure } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import { pushTag } from '../helpers/push.js'
import { tempDirWith } from '../helpers/temp-files.js'

const L = lab().scratch
afterAll(closeAll)

const PREFIX = `fmt${Date.now().toString(36)}`
const digests: Record<string, string> = {}

const push = async (repo: string, tag: string): Promise<void> => {
  digests[`${repo}:${tag}`] = await pushTag(L.open.url, repo, tag)
}

beforeAll(async () => {
  for (const tag of ['1.0.0', '1.1.0', '1.2.0', '1.2.0-alpine', '1.0.0-alpine']) {
    await push(`${PREFIX}/app`, tag)
  }
  for (const tag of ['13.1', '14.2']) await push(`${PREFIX}/db`, tag)
})

const app = () => `${L.open.host}/${PREFIX}/app`
const db = () => `${L.open.host}/${PREFIX}/db`

/** Every format, its references at tag `t` (app) and `d` (db); the traps stay at 1.0.0. */
function files(t: string, d: string): Record<string, string> {
  const a = app()
  return {
    'images/api/Containerfile': `ARG BASE=${a}:${t}\nFROM \${BASE} AS build\nRUN --mount=type=bind,from=${db()}:${d},target=/x true\nCOPY --from=build /a /a\n# FROM ${a}:1.0.0\n`,
    'compose.yaml': `services:\n  db:\n    image: \${DB_IMAGE:-${db()}:${d}}\n  web:\n    image: "${a}:\${APP_TAG:-${t}}"\n  built:\n    build: .\n    image: ${a}:1.0.0\n    pull_policy: build\n  other:\n    image: \${REGISTRY}/app:1.0.0\n`,
    'k8s/overlay/kustomization.yaml': `images:\n  - name: app\n    newName: ${a}\n    newTag: ${t}\nconfigMapGenerator:\n  - name: env\n    literals: [IMAGE=${a}:1.0.0]\n`,
    '.gitlab-ci.yml': `image:\n  name: ${a}:${t}-alpine\n  entrypoint: [""]\nservices:\n  - name: ${db()}:${d}\n    alias: db\ntest:\n  script: [make]\n  # image: ${a}:1.0.0\n`,
    '.circleci/config.yml': `jobs:\n  build:\n    docker:\n      - image: ${a}:${t}\n  vm:\n    machine:\n      image: ${a}:1.0.0\n`,
    'azure-pipelines.yml': `pool:\n  vmImage: ubuntu-22.04\njobs:\n  - job: a\n    container: ${db()}:${d}\n`,
    'gcb/cloudbuild.yaml': `steps:\n  - name: ${a}:${t}\n    args: [build]\nimages:\n  - ${a}:1.0.0\n`,
    'argocd/app.yaml': `spec:\n  source:\n    helm:\n      parameters:\n        - name: image.repository\n          value: ${a}\n        - name: image.tag\n          value: ${t}\n`,
    '.devcontainer/devcontainer.json': `// dev\n{\n  "image": "${a}:${t}",\n  // "image": "${a}:1.0.0",\n}\n`,
    'systemd/app.container': `[Container]\nImage=${a}:${t}\n# Image=${a}:1.0.0\n`,
    'terraform/main.tf': `resource "docker_container" "web" {\n  # image = "${a}:1.0.0"\n  image = "${a}:${t}"\n}\n`,
    'docker-bake.hcl': `target "default" {\n  contexts = {\n    base = "docker-image://${a}:${t}"\n  }\n  tags = ["${a}:1.0.0"]\n}\n`,
    'node_modules/x/Dockerfile': `FROM ${a}:1.0.0\n`,
    'vendor/y/compose.yaml': `services:\n  a:\n    image: ${a}:1.0.0\n`
  }
}

const readAll = (dir: string, names: readonly string[]) =>
  Object.fromEntries(names.map(name => [name, readFileSync(join(dir, name), 'utf8')]))

describe('image: auto over every format, by the default globs', () => {
  const names = Object.keys(files('1.0.0', '13.1'))
  let dir = ''
  beforeAll(() => {
    dir = tempDirWith(files('1.0.0', '13.1'))
  })

  it('rewrites every reference and nothing else, each result at the line of its tag', async () => {
    const run = await act({ image: 'auto' }, { GITHUB_WORKSPACE: dir })
    expect(failure(run)).toBe('')
    expect(run.code).toBe(0)
    const expected = files('1.2.0', '14.2')
    expected['node_modules/x/Dockerfile'] = files('1.0.0', '13.1')['node_modules/x/Dockerfile']!
    expected['vendor/y/compose.yaml'] = files('1.0.0', '13.1')['vendor/y/compose.yaml']!
    expect(readAll(dir, names)).toEqual(expected)
    const rows = JSON.parse(run.outputs['results']!) as {
      file: string
      line: number
      tag: string
    }[]
    expect(rows.map(r => `${r.file}:${r.line} ${r.tag}`).sort()).toEqual(
      [
        '.circleci/config.yml:4 1.2.0',
        '.devcontainer/devcontainer.json:3 1.2.0',
        '.gitlab-ci.yml:2 1.2.0-alpine',
        '.gitlab-ci.yml:5 14.2',
        'argocd/app.yaml:8 1.2.0',
        'azure-pipelines.yml:5 14.2',
        'compose.yaml:3 14.2',
        'compose.yaml:5 1.2.0',
        'docker-bake.hcl:3 1.2.0',
        'gcb/cloudbuild.yaml:2 1.2.0',
        'images/api/Containerfile:1 1.2.0',
        'images/api/Containerfile:3 14.2',
        'k8s/overlay/kustomization.yaml:4 1.2.0',
        'systemd/app.container:2 1.2.0',
        'terraform/main.tf:3 1.2.0'
      ].sort()
    )
    expect(run.summary).toContain('<code>k8s/<wbr>overlay/<wbr>kustomization.yaml:4</code>')
  })

  it('changes nothing on a second run', async () => {
    const before = readAll(dir, names)
    const run = await act({ image: 'auto' }, { GITHUB_WORKSPACE: dir })
    expect(run.code).toBe(0)
    expect(readAll(dir, names)).toEqual(before)
    expect(run.outputs['changed-files']).toBe('[]')
  })
})

describe('image: auto with pin-digest over every format', () => {
  const names = Object.keys(files('1.0.0', '13.1'))

  it('pins each reference where a digest can be written, and a second run changes nothing', async () => {
    const dir = tempDirWith(files('1.0.0', '13.1'))
    const inputs = { image: 'auto', 'pin-digest': 'true' }
    const run = await act(inputs, { GITHUB_WORKSPACE: dir })
    expect(failure(run)).toBe('')
    const after = readAll(dir, names)
    const appDigest = digests[`${PREFIX}/app:1.2.0`]!
    const dbDigest = digests[`${PREFIX}/db:14.2`]!
    expect(after['k8s/overlay/kustomization.yaml']).toBe(
      `images:\n  - name: app\n    newName: ${app()}\n    newTag: 1.2.0\n    digest: ${appDigest}\nconfigMapGenerator:\n  - name: env\n    literals: [IMAGE=${app()}:1.0.0]\n`
    )
    expect(after['compose.yaml']).toContain(`\${DB_IMAGE:-${db()}:14.2@${dbDigest}}`)
    expect(after['compose.yaml']).toContain(`"${app()}:\${APP_TAG:-1.2.0}@${appDigest}"`)
    expect(after['docker-bake.hcl']).toContain(`"docker-image://${app()}:1.2.0@${appDigest}"`)
    expect(after['systemd/app.container']).toContain(`Image=${app()}:1.2.0@${appDigest}\n`)
    expect(after['.devcontainer/devcontainer.json']).toContain(`"${app()}:1.2.0@${appDigest}"`)
    expect(after['images/api/Containerfile']).toContain(`from=${db()}:14.2@${dbDigest},`)
    expect(after['node_modules/x/Dockerfile']).toBe(`FROM ${app()}:1.0.0\n`)
    const again = await act(inputs, { GITHUB_WORKSPACE: dir })
    expect(again.code).toBe(0)
    expect(readAll(dir, names)).toEqual(after)
    expect(again.outputs['changed-files']).toBe('[]')
  })
})
