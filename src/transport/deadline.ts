/**
 * The step's time budget (input `timeout`), shared by every request of a run:
 * the transport bounds each attempt, wait and queue by what is left of it.
 */
import { ActionError } from '../errors.js'

export class Deadline {
  private readonly endsAt: number

  constructor(
    /** The whole budget; `Infinity` for none. */
    readonly totalMs: number,
    private readonly now: () => number = Date.now
  ) {
    this.endsAt = now() + totalMs
  }

  /** Milliseconds left, never negative; `Infinity` when there is no budget. */
  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now())
  }

  get expired(): boolean {
    return this.remainingMs() <= 0
  }

  /** The error to fail with when the budget ran out while `doing` something. */
  error(doing: string, cause?: unknown): DeadlineError {
    return new DeadlineError(this.totalMs, doing, cause)
  }

  /**
   * `work`, or a DeadlineError when the budget runs out first: the bound on
   * whatever a run waits for outside the transport (a credential helper).
   */
  async race<T>(work: Promise<T>, doing: string): Promise<T> {
    if (this.remainingMs() === Infinity) return work
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.error(doing)), this.remainingMs())
      timer.unref()
    })
    try {
      return await Promise.race([work, expired])
    } finally {
      clearTimeout(timer)
      work.catch(() => undefined)
    }
  }

  /** Throws a DeadlineError if nothing is left: nothing new starts after the deadline. */
  check(doing: string): void {
    if (this.expired) throw this.error(doing)
  }
}

/** A budget that never runs out, for transports built without a step timeout. */
export const NO_DEADLINE = new Deadline(Infinity)

/** The step's `timeout` ran out. Not temporary: within this run there is no time left to try again. */
export class DeadlineError extends ActionError {
  constructor(
    readonly timeoutMs: number,
    /** What was being done, e.g. "waiting for GET https://host/v2/". */
    readonly doing: string,
    cause?: unknown
  ) {
    super(
      `The step's timeout (${formatSeconds(timeoutMs)}) ran out while ${doing}. Raise the 'timeout' input if the registry is only slow.`,
      { cause }
    )
  }
}

/** "0.4 s", "1.5 s", "20 s", "600 s": one decimal below ten seconds, whole seconds above. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  return `${seconds >= 10 ? Math.round(seconds) : Number(seconds.toFixed(1))} s`
}

/**
 * One attempt's timer: fires after `idleMs` without progress, or when the
 * deadline comes first, telling which of the two it was. `restart()` on
 * every sign of progress (headers, a body chunk); `stop()` when done.
 */
export class Watchdog {
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly idleMs: number,
    private readonly deadline: Deadline,
    private readonly onFire: (byDeadline: boolean) => void
  ) {}

  restart(): void {
    this.stop()
    const remaining = this.deadline.remainingMs()
    const byDeadline = remaining < this.idleMs
    this.timer = setTimeout(() => this.onFire(byDeadline), byDeadline ? remaining : this.idleMs)
  }

  stop(): void {
    clearTimeout(this.timer)
  }
}
