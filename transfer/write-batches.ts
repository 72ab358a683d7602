/**
 * The two halves of the importer's write loop, kept free of Neo4j so they can
 * be tested alone: rows gathered into batches per statement, and a bounded
 * number of batches written at once.
 */

/**
 * Runs write batches with at most `limit` in flight. `submit` waits only while
 * the pool is full, so reading and decoding the next batch overlaps with Neo4j
 * writing the previous ones (the two cores of a small machine both work). After
 * the first failure nothing more starts: `submit` and `drain` throw it.
 */
export class WritePool {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`the number of batches in flight must be a whole number ≥ 1, got ${limit}`);
  }

  async submit(work: () => Promise<void>): Promise<void> {
    this.throwIfFailed();
    while (this.running.size >= this.limit) {
      await Promise.race(this.running);
      this.throwIfFailed();
    }
    const task: Promise<void> = work()
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Waits for every batch in flight; throws the first failure, if any. */
  async drain(): Promise<void> {
    await this.settle();
    this.throwIfFailed();
  }

  /** Waits for every batch in flight, whatever became of them (so that nothing writes after an import has failed). */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private throwIfFailed() {
    if (this.failure) throw this.failure.error;
  }
}

/**
 * Gathers rows per statement (a label, or a relationship type with its label
 * pair) and hands over a batch when it holds `size` rows. Memory stays bounded
 * however the file interleaves its statements: once `maxBuffered` rows wait in
 * all buffers together, the fullest is handed over early.
 */
export class BatchBuffers<K, Row> {
  private readonly buffers = new Map<string, { key: K; rows: Row[] }>();
  private buffered = 0;

  constructor(
    private readonly size: number,
    private readonly maxBuffered: number,
    private readonly flushRows: (key: K, rows: Row[]) => Promise<void>,
  ) {}

  async add(id: string, key: K, row: Row): Promise<void> {
    let buffer = this.buffers.get(id);
    if (!buffer) {
      buffer = { key, rows: [] };
      this.buffers.set(id, buffer);
    }
    buffer.rows.push(row);
    this.buffered += 1;
    if (buffer.rows.length >= this.size) await this.flush(id);
    else if (this.buffered > this.maxBuffered) await this.flush(this.fullest());
  }

  async flushAll(): Promise<void> {
    for (const id of [...this.buffers.keys()]) await this.flush(id);
  }

  private fullest(): string {
    let best = '';
    let most = -1;
    for (const [id, buffer] of this.buffers) {
      if (buffer.rows.length > most) [best, most] = [id, buffer.rows.length];
    }
    return best;
  }

  private async flush(id: string) {
    const buffer = this.buffers.get(id);
    if (!buffer) return;
    this.buffers.delete(id);
    this.buffered -= buffer.rows.length;
    if (buffer.rows.length > 0) await this.flushRows(buffer.key, buffer.rows);
  }
}
