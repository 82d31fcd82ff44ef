/**
 * Fixed-window request limits kept in this process's memory: enough for one server (PGlite is one
 * process anyway); a council running several servers on PostgreSQL limits at its proxy as well.
 */
export interface LimitResult {
  allowed: boolean
  /** Whole seconds until the window resets (for Retry-After), when not allowed. */
  retryAfterSeconds: number
}

const MAX_KEYS = 10_000

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => Date,
  ) {}

  take(key: string): LimitResult {
    const time = this.now().getTime()
    let window = this.windows.get(key)
    if (!window || time - window.start >= this.windowMs) {
      if (!window && this.windows.size >= MAX_KEYS) this.prune(time)
      window = { start: time, count: 0 }
      this.windows.set(key, window)
    }
    window.count += 1
    if (window.count <= this.limit) return { allowed: true, retryAfterSeconds: 0 }
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - time) / 1000))
    return { allowed: false, retryAfterSeconds }
  }

  private prune(time: number): void {
    for (const [key, window] of this.windows) {
      if (time - window.start >= this.windowMs) this.windows.delete(key)
    }
    // Still full of live windows (a flood of addresses): forget the oldest rather than grow.
    if (this.windows.size >= MAX_KEYS) {
      const oldest = this.windows.keys().next().value
      if (oldest !== undefined) this.windows.delete(oldest)
    }
  }
}
