// npm run bench, item 7: the file work of `image: auto` over a generated monorepo of 2,000
// files in every format the default globs read (plus files they do not), from the compiled
// sources in .tmp/build: globbing, reading and finding references, median of 5 runs.
// Alone: npx tsc -p tsconfig.build.json && node scripts/bench-files.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'

const FILES = 2000

/** One file of each kind, numbered so that no two are alike. */
const KINDS = [
  i => [
    `svc${i}/Dockerfile`,
    `# syntax=docker/dockerfile:1\nARG BASE=python:3.12.${i % 9}-slim\nFROM \${BASE} AS build\nRUN --mount=type=cache,target=/c pip install .\nFROM gcr.io/distroless/python3:nonroot\nCOPY --from=build /app /app\n`
  ],
  i => [
    `svc${i}/compose.yaml`,
    `services:\n  db:\n    image: \${DB:-postgres:16.${i % 5}}\n  web:\n    build: .\n    image: app${i}:dev\n    pull_policy: build\n  cache:\n    image: redis:7.2.${i % 7}\n`
  ],
  i => [
    `deploy/app${i}/deployment.yaml`,
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: init\n          image: busybox:1.36.${i % 3}\n      containers:\n        - name: app\n          image: ghcr.io/acme/app${i}:1.${i}.0\n          env:\n            - name: A\n              value: "b"\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app${i}\n`
  ],
  i => [
    `charts/app${i}/values.yaml`,
    `image:\n  registry: docker.io\n  repository: bitnami/nginx\n  tag: 1.25.${i % 4}\nmetrics:\n  image: {repository: prom/exporter, tag: v0.${i}.0}\n`
  ],
  i => [
    `charts/app${i}/templates/deployment.yaml`,
    `spec:\n  {{- if .Values.x }}\n  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n  {{- end }}\n`
  ],
  i => [
    `k8s/overlays/env${i}/kustomization.yaml`,
    `resources: [../../base]\nimages:\n  - name: app\n    newName: ghcr.io/acme/app${i}\n    newTag: 2.${i}.1\n`
  ],
  i => [
    `ci/job${i}.gitlab-ci.yml`,
    `image: maven:3.9.${i % 6}-eclipse-temurin-21\nservices:\n  - name: mariadb:11.2.${i % 3}\n    alias: db\ntest:\n  script: [mvn verify]\n`
  ],
  i => [
    `envs/e${i}/.devcontainer/devcontainer.json`,
    `// dev\n{\n  "image": "mcr.microsoft.com/devcontainers/base:1.${i}.0",\n  "features": {},\n}\n`
  ],
  i => [
    `systemd/u${i}.container`,
    `[Container]\nImage=docker.io/library/nats:2.10.${i % 8}\nExec=--js\n`
  ],
  i => [
    `infra/m${i}/main.tf`,
    `resource "docker_container" "c${i}" {\n  name  = "c${i}"\n  image = "nats:2.10.${i % 8}-alpine"\n}\n`
  ],
  i => [
    `bake/b${i}/docker-bake.hcl`,
    `target "t" {\n  contexts = { base = "docker-image://debian:bookworm-2024010${i % 9}-slim" }\n  tags = ["app:${i}"]\n}\n`
  ],
  i => [`src/m${i}/index.ts`, `export const image = 'python:3.12'\n`],
  i => [`docs/p${i}.md`, `Run \`docker run python:3.12\`.\n`]
]

export function generate(root) {
  for (let i = 0; i < FILES; i++) {
    const [name, text] = KINDS[i % KINDS.length](i)
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
}

/** Reports the file work's median time; `report(what, value, note)` as bench.mjs has it. */
export async function benchFiles(root, report, runs = 5) {
  const { readWorkspace } = await import(join(root, '.tmp/build/update/workspace.js'))
  const { DEFAULT_UPDATE_FILES } = await import(join(root, '.tmp/build/files/default-globs.js'))
  mkdirSync(join(root, '.tmp'), { recursive: true })
  const repo = mkdtempSync(join(root, '.tmp', 'bench-files-'))
  try {
    generate(repo)
    const times = []
    let scan
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      scan = await readWorkspace(DEFAULT_UPDATE_FILES, repo)
      times.push(performance.now() - started)
    }
    const references = scan.groups.reduce((n, g) => n + g.references.length, 0)
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
    report(
      `files: image: auto default globs, ${FILES}-file monorepo`,
      `${median.toFixed(0)} ms`,
      `${scan.files.length} files read, ${references} references, ${scan.problems.length} problems (goal <= 2000 ms)`
    )
  } finally {
    rmSync(repo, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname
  await benchFiles(root, (what, value, note) =>
    console.log(`${what.padEnd(58)} ${String(value).padStart(12)}  ${note}`)
  )
}
