import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import type { DatabaseHealth } from './database-health.js';
import { DatabaseUnavailableError, translateNeo4jError } from './errors.js';
import { ReadCoalescer } from './read-coalescer.js';

export type Params = Record<string, unknown>;

/**
 * Runs `start` (synchronous) with stack traces off. neo4j-driver captures a
 * stack trace when it creates a result, to give the result's errors the
 * caller's stack; the caller here is always this executor, whose errors are
 * translated into typed ones anyway, and capturing it cost about 3 % of the
 * API's CPU on a timeline (docs/decisions/012).
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Observes every round trip; tests count them, logs time them. */
export interface QueryObserver {
  onQuery(event: { cypher: string; mode: 'READ' | 'WRITE'; durationMs: number; rows: number; params: Params }): void;
}

export interface ExecutorOptions {
  database?: string | undefined;
  transactionTimeoutMs: number;
  /** Rides along as transaction metadata so that `SHOW TRANSACTIONS` and query logs tell where a query came from. */
  metadata?: Record<string, unknown>;
  observer?: QueryObserver;
  /** Lets `coalescedRead` calls issued together share one statement (one request's executor). */
  coalesceReads?: boolean;
  /** At LOG_LEVEL=debug, every statement's text, parameter names and time are logged here; at any other level, nothing is done per statement. */
  logger?: Logger | undefined;
  /** The circuit breaker: while it is open, statements are refused without being sent (DatabaseHealth). */
  health?: DatabaseHealth;
}

/**
 * The only place that opens Neo4j sessions. Reads run in read sessions
 * (routed to readers on a cluster) as auto-commit transactions, writes in
 * write transactions; every call is one transaction, every session is closed,
 * driver errors become typed errors. Behind a DatabaseHealth (`guardedBy`),
 * a call made while Neo4j is known to be down fails at once, before a session
 * opens, and a call that finds it down has the health probed at once.
 */
export class Executor {
  private readonly coalescer: ReadCoalescer | undefined;
  /** The logger when it logs at debug level, else undefined: the level is looked at once, here. */
  private readonly statementLog: Logger | undefined;

  constructor(private readonly driver: Driver, private readonly options: ExecutorOptions) {
    this.coalescer = options.coalesceReads ? new ReadCoalescer((cypher, params) => this.run('READ', cypher, params)) : undefined;
    this.statementLog = options.logger?.isLevelEnabled('debug') ? options.logger : undefined;
  }

  /**
   * A copy that tags its transactions with the given metadata (e.g. the GraphQL
   * operation name) and reports its queries to `observer` as well as to this one's.
   */
  withMetadata(metadata: Record<string, unknown>, observer?: QueryObserver, settings: { coalesceReads?: boolean } = {}): Executor {
    const parent = this.options.observer;
    return new Executor(this.driver, {
      ...this.options,
      // Below debug level the copies carry no logger, so not even the level is looked at again.
      logger: this.statementLog,
      coalesceReads: settings.coalesceReads ?? false,
      metadata: { ...this.options.metadata, ...metadata },
      observer:
        observer && parent
          ? { onQuery: (event) => (parent.onQuery(event), observer.onQuery(event)) }
          : (observer ?? parent),
    });
  }

  /** A copy whose calls pass `health`'s circuit breaker first; copies made from it keep it. */
  guardedBy(health: DatabaseHealth): Executor {
    return new Executor(this.driver, { ...this.options, health });
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', cypher, params);
  }

  /**
   * A read that may travel in one statement with the other coalesced reads
   * issued in the same turn of the event loop (see ReadCoalescer); `columns`
   * names every column the statement returns. Runs alone on an executor that
   * does not coalesce.
   */
  async coalescedRead<T extends RecordShape = RecordShape>(cypher: string, params: Params, columns: readonly (keyof T & string)[]): Promise<T[]> {
    if (!this.coalescer) return this.read<T>(cypher, params);
    return (await this.coalescer.read(cypher, params, columns)) as T[];
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', cypher, params);
  }

  /** Several statements in one write transaction: all happen or none does. */
  async writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const health = this.options.health;
    if (health !== undefined && !health.available) throw health.refusal();
    const session = this.session('WRITE');
    const log = this.statementLog;
    try {
      return await session.executeWrite(log ? (tx) => work(this.loggedTransaction(tx, log)) : work, this.txConfig());
    } catch (error) {
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Several statements in one read transaction, one consistent view: what a
   * preview reads (the merge preview plans as the merge would, on the same
   * reads, without writing). Reads that are one statement use `read`.
   */
  async readTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const health = this.options.health;
    if (health !== undefined && !health.available) throw health.refusal();
    const session = this.session('READ');
    try {
      return await session.executeRead(work, this.txConfig());
    } catch (error) {
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  /**
   * The health probe's statement: one auto-commit read that passes the breaker
   * (it is how the breaker learns that Neo4j is back) and is never retried (a
   * retry would hide the failure it is there to see). Not reported to the
   * observer: it is no request's query.
   */
  async probe<T extends RecordShape = RecordShape>(cypher: string): Promise<T[]> {
    const session = this.session('READ');
    try {
      const result = await session.run(cypher, {}, { timeout: this.options.transactionTimeoutMs, metadata: { ...this.options.metadata, probe: 'health' } });
      return result.records.map((r) => r.toObject() as T);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private async run<T extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<T[]> {
    const health = this.options.health;
    if (health !== undefined && !health.available) throw health.refusal();
    const session = this.session(mode);
    const started = performance.now();
    try {
      const work = async (tx: ManagedTransaction) => (await tx.run(cypher, params)).records.map((r) => r.toObject() as T);
      const rows = mode === 'READ' ? await this.autoCommitRead(session, cypher, params, work) : await session.executeWrite(work, this.txConfig());
      this.options.observer?.onQuery({ cypher, mode, durationMs: performance.now() - started, rows: rows.length, params });
      if (this.statementLog) this.logStatement(this.statementLog, mode, cypher, params, started, rows.length);
      return rows;
    } catch (error) {
      if (this.statementLog) this.logStatement(this.statementLog, mode, cypher, params, started, undefined, error);
      throw this.failure(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A read is one statement, so it runs as an auto-commit transaction: one
   * exchange with the server instead of BEGIN, RUN and COMMIT (decision 010).
   * What a managed read transaction adds is retrying, so an error the driver
   * calls retryable (a lost connection, a cluster member going away) hands the
   * statement over to one, which retries it with backoff. Unless Neo4j is
   * down: the first retryable error asks the health probe, and when Neo4j does
   * not answer it either the error stands, instead of retrying for seconds.
   */
  private async autoCommitRead<T>(session: Session, cypher: string, params: Params, work: (tx: ManagedTransaction) => Promise<T[]>): Promise<T[]> {
    try {
      return (await withoutCallerStack(() => session.run(cypher, params, this.txConfig()))).records.map((r) => r.toObject() as T);
    } catch (error) {
      if (!neo4j.isRetryableError(error as Error)) throw error;
      if (this.options.health !== undefined && !(await this.options.health.check())) throw error;
      return session.executeRead(work, this.txConfig());
    }
  }

  private logStatement(log: Logger, mode: 'READ' | 'WRITE', cypher: string, params: Params, started: number, rows: number | undefined, error?: unknown): void {
    const { requestId, operation } = this.options.metadata ?? {};
    log.debug({
      msg: 'cypher',
      mode,
      statement: cypher,
      parameters: Object.keys(params),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      rows,
      ...(requestId === undefined ? {} : { requestId, operation }),
      ...(error === undefined ? {} : { error: (error as { code?: string }).code ?? (error as Error).message }),
    });
  }

  /** The transaction `work` runs in, logging each statement it runs when it has finished (debug level only). */
  private loggedTransaction(tx: ManagedTransaction, log: Logger): ManagedTransaction {
    const logged = Object.create(tx) as ManagedTransaction;
    logged.run = ((cypher: string, params: Params = {}) => {
      const started = performance.now();
      const result = tx.run(cypher, params);
      result.then(
        (r) => this.logStatement(log, 'WRITE', cypher, params, started, r.records.length),
        (error: unknown) => this.logStatement(log, 'WRITE', cypher, params, started, undefined, error),
      );
      return result;
    }) as ManagedTransaction['run'];
    return logged;
  }

  /** The typed error for a driver error; one that says Neo4j is unavailable has the health probed now. */
  private failure(error: unknown): unknown {
    const translated = translateNeo4jError(error);
    const health = this.options.health;
    // Once the breaker is open the background probe watches for Neo4j's return.
    if (translated instanceof DatabaseUnavailableError && health?.available === true) void health.check();
    return translated;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private txConfig() {
    return { timeout: this.options.transactionTimeoutMs, metadata: this.options.metadata ?? {} };
  }
}
