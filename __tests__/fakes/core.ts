/** A fake of the part of @actions/core the action uses: inputs in, everything it did recorded. */
import type { Core } from '../../src/action/core.js'

export interface FakeCore {
  core: Core
  outputs: Record<string, string>
  secrets: string[]
  failed: string[]
  logs: { level: string; message: string; properties?: Record<string, unknown> }[]
  /** The job summary as written: headings, table cells and raw text, in order. */
  summary: string[]
}

export function fakeCore(inputs: Record<string, string>): FakeCore {
  const fake: Omit<FakeCore, 'core'> = {
    outputs: {},
    secrets: [],
    failed: [],
    logs: [],
    summary: []
  }
  const say = (level: string) => (message: string | Error, properties?: Record<string, unknown>) =>
    void fake.logs.push({ level, message: String(message), ...(properties && { properties }) })
  const summary = {
    addHeading(text: string) {
      fake.summary.push(text)
      return summary
    },
    addTable(rows: unknown[][]) {
      for (const row of rows) {
        fake.summary.push(
          row.map(c => (typeof c === 'string' ? c : (c as { data: string }).data)).join(' | ')
        )
      }
      return summary
    },
    addRaw(text: string) {
      fake.summary.push(text)
      return summary
    },
    async write() {
      return summary
    }
  }
  const core = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: unknown) => void (fake.outputs[name] = String(value)),
    setFailed: (message: string | Error) => void fake.failed.push(String(message)),
    setSecret: (secret: string) => void fake.secrets.push(secret),
    debug: say('debug'),
    info: say('info'),
    warning: say('warning'),
    notice: say('notice'),
    startGroup: (name: string) => void fake.logs.push({ level: 'group', message: name }),
    endGroup: () => void fake.logs.push({ level: 'endgroup', message: '' }),
    summary
  } as unknown as Core
  return { core, ...fake }
}
