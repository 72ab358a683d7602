import { DatabaseUnavailableError } from './errors.js';

export interface HealthTimings {
  /** Between probes while Neo4j answers: how stale /readyz can be when no statement has failed. */
  checkIntervalMs: number;
  /** Between probes while the breaker is open: how soon serving resumes once Neo4j is back. */
  retryIntervalMs: number;
  /** A probe not answered by then is a failure. */
  probeTimeoutMs: number;
}

/**
 * The probe timeout is the connection acquisition timeout (NEO4J_ACQUIRE_TIMEOUT_MS):
 * a probe that cannot get a connection from a pool busy with requests by then
 * means the requests cannot either, so a crowded pool never opens the breaker sooner.
 */
export const DEFAULT_HEALTH_TIMINGS: HealthTimings = { checkIntervalMs: 2_000, retryIntervalMs: 250, probeTimeoutMs: 5_000 };

/** Told when Neo4j stops or starts answering (to log it). */
export type HealthListener = (available: boolean, reason: string | null) => void;

/** The first line of what went wrong, without the executor's "Neo4j is unavailable:" wrapper. */
function firstLine(error: unknown): string {
  const source = error instanceof DatabaseUnavailableError && error.cause instanceof Error ? error.cause : error;
  return (source instanceof Error ? source.message : String(source)).split('\n')[0]!;
}

/**
 * Whether Neo4j answers, kept as state by a background probe, and the circuit
 * breaker built on it. While the probe succeeds the breaker is closed and costs
 * a statement one boolean read (`available`). A probe that fails opens it: every
 * statement is refused at once with DatabaseUnavailableError instead of waiting
 * out the driver's connection attempts and retries. While open, the probe alone
 * goes to Neo4j every `retryIntervalMs` (the half-open trial; no request is
 * made to pay for it), and its first success closes the breaker.
 *
 * The executor asks for a probe (`check`) as soon as a statement finds Neo4j
 * unavailable, so the breaker opens on the first failure rather than at the
 * next scheduled probe. Concurrent callers share one probe, and a probe still
 * out (a Neo4j that accepts connections but never answers) is never doubled.
 */
export class DatabaseHealth {
  /** Read before every statement: false while the breaker is open. */
  available = true;
  /** Why the last probe failed; null while Neo4j answers. */
  reason: string | null = null;
  private probing: Promise<boolean> | null = null;
  /** The last probe, until it settles, even after it timed out. */
  private outstanding: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly timings: HealthTimings = DEFAULT_HEALTH_TIMINGS,
    private readonly onChange?: HealthListener,
  ) {}

  /** Probes once, then keeps probing in the background; resolves with whether Neo4j answered. */
  async start(): Promise<boolean> {
    this.running = true;
    const available = await this.check();
    this.schedule();
    return available;
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Probes now, or joins the probe under way; resolves with whether Neo4j answered. Never rejects. */
  check(): Promise<boolean> {
    this.probing ??= this.probeOnce().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  /** What a statement refused by the open breaker throws; nothing was sent to Neo4j. */
  refusal(): DatabaseUnavailableError {
    return new DatabaseUnavailableError(`Neo4j is unavailable (${this.reason}); the statement was not sent`);
  }

  private async probeOnce(): Promise<boolean> {
    // Neo4j has not answered the last probe yet: it still does not answer.
    if (this.outstanding !== null) return this.available;
    // A probe that answers after its timeout still counts: Neo4j is back (one
    // recovering from a crash answers its first statements late).
    const attempt = this.probe().then(
      () => this.set(true, null),
      (error: unknown) => this.set(false, firstLine(error)),
    );
    this.outstanding = attempt.finally(() => {
      this.outstanding = null;
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.set(false, `no answer within ${this.timings.probeTimeoutMs} ms`);
        resolve();
      }, this.timings.probeTimeoutMs);
    });
    try {
      await Promise.race([attempt, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return this.available;
  }

  private set(available: boolean, reason: string | null): void {
    const changed = available !== this.available;
    this.available = available;
    this.reason = reason;
    if (!changed) return;
    // The next probe comes at the pace of the new state.
    this.schedule();
    this.onChange?.(available, reason);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    this.timer = setTimeout(
      () => void this.check().then(() => this.schedule()),
      this.available ? this.timings.checkIntervalMs : this.timings.retryIntervalMs,
    );
    // The probe alone never keeps the process alive.
    this.timer.unref();
  }
}
