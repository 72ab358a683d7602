/**
 * What V8's collector did in a benchmark target, read from its `--trace-gc-nvp`
 * output (one line of name=value pairs per collection, on the target's stdout):
 * how many scavenges (minor collections) and full collections ran, their
 * pauses, and the bytes scavenges promoted to the old generation. A run's
 * share is the difference of two snapshots. An object that outlives its
 * request (decision 033) shows in the promoted bytes first. For requests much
 * shorter than the time between scavenges (about 20 of EventDetail's) they
 * hardly depend on how busy the machine is, unlike times; a request that lasts
 * across scavenges promotes what it holds at the time, so theirs vary from run
 * to run (Neighborhood, 15 ms: 141–183 KB per request in one build, one day).
 */
import type { Readable } from 'node:stream';

export interface GcTotals {
  scavenges: number;
  scavengePauseMs: number;
  promotedBytes: number;
  fullCollections: number;
  fullPauseMs: number;
}

export const NO_GC: GcTotals = { scavenges: 0, scavengePauseMs: 0, promotedBytes: 0, fullCollections: 0, fullPauseMs: 0 };

const PAIR = /(\S+)=(\S+)/g;

/** The collection one `--trace-gc-nvp` line reports, or null for any other line. */
export function parseGcLine(line: string): { kind: 'scavenge' | 'full'; pauseMs: number; promotedBytes: number } | null {
  const fields = new Map<string, string>();
  for (const [, name, value] of line.matchAll(PAIR)) fields.set(name!, value!);
  const gc = fields.get('gc');
  const pause = Number(fields.get('pause'));
  if (gc === undefined || !Number.isFinite(pause)) return null;
  // s: scavenge; ms / mc / mmc: mark-sweep, mark-compact and its memory-reducing form. Minor mark-sweep (mms) is young too.
  const kind = gc === 's' || gc === 'mms' ? 'scavenge' : 'full';
  return { kind, pauseMs: pause, promotedBytes: Number(fields.get('promoted') ?? 0) || 0 };
}

/** Adds one collection to running totals (in place). */
export function addCollection(totals: GcTotals, line: string): boolean {
  const gc = parseGcLine(line);
  if (!gc) return false;
  if (gc.kind === 'scavenge') {
    totals.scavenges += 1;
    totals.scavengePauseMs += gc.pauseMs;
    totals.promotedBytes += gc.promotedBytes;
  } else {
    totals.fullCollections += 1;
    totals.fullPauseMs += gc.pauseMs;
  }
  return true;
}

/** Running totals of the collections a target reports on `stdout`; other lines go to `passThrough`. */
export function followGcTrace(stdout: Readable, passThrough: (line: string) => void): GcTotals {
  const totals: GcTotals = { ...NO_GC };
  let rest = '';
  stdout.setEncoding('utf8');
  stdout.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (!addCollection(totals, line)) passThrough(line);
  });
  return totals;
}

/** What happened between two snapshots of the totals. */
export function gcBetween(before: GcTotals, after: GcTotals): GcTotals {
  return {
    scavenges: after.scavenges - before.scavenges,
    scavengePauseMs: after.scavengePauseMs - before.scavengePauseMs,
    promotedBytes: after.promotedBytes - before.promotedBytes,
    fullCollections: after.fullCollections - before.fullCollections,
    fullPauseMs: after.fullPauseMs - before.fullPauseMs,
  };
}
