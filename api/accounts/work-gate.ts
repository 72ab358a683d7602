/** The gate turned a caller away: too many were already waiting. */
export class GateFullError extends Error {
  override name = 'GateFullError';
}

/**
 * At most `concurrency` tasks run at once; up to `queueLimit` more wait their
 * turn in arrival order, and any beyond are refused at once (GateFullError)
 * rather than queued without bound. Password hashing goes through one: each
 * hash holds 128 MiB and a libuv thread for a fraction of a second, so a burst
 * of sign-ins must neither exhaust the memory nor take every thread that file
 * reads and DNS share.
 */
export class WorkGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {
    if (!(concurrency >= 1) || !(queueLimit >= 0)) throw new RangeError('a gate needs concurrency >= 1 and queueLimit >= 0');
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) throw new GateFullError('too many tasks are waiting');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, so `running` never drops between them.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Tasks running and waiting, for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
