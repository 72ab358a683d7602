import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { addCollection, followGcTrace, gcBetween, NO_GC, parseGcLine } from '../../scripts/bench/gc-trace.js';

// Lines as Node 20's --trace-gc-nvp prints them, shortened to the fields read and a few around them.
const SCAVENGE = '[17907:0x3d0c5de0]    14081 ms: pause=2.3 mutator=36.5 gc=s reduce_memory=0 scavenge=2.16 allocated=12067608 promoted=1211208 new_space_survived=1322008';
const MARK_COMPACT = '[17907:0x3d0c5de0]    15002 ms: pause=11.5 mutator=120.1 gc=mc reduce_memory=0 mark=8.10 promoted=0';

describe('the collector trace of a benchmark target', () => {
  it('reads a scavenge and a full collection, and nothing from other lines', () => {
    assert.deepEqual(parseGcLine(SCAVENGE), { kind: 'scavenge', pauseMs: 2.3, promotedBytes: 1211208 });
    assert.deepEqual(parseGcLine(MARK_COMPACT), { kind: 'full', pauseMs: 11.5, promotedBytes: 0 });
    for (const other of ['', 'listening on 127.0.0.1:4000', 'pause=nothing gc=s', 'a=1 b=2']) assert.equal(parseGcLine(other), null);
  });

  it('adds collections up and tells a run its share', () => {
    const totals = { ...NO_GC };
    assert.equal(addCollection(totals, SCAVENGE), true);
    const before = { ...totals };
    addCollection(totals, SCAVENGE);
    addCollection(totals, MARK_COMPACT);
    assert.equal(addCollection(totals, 'hello'), false);
    assert.deepEqual(gcBetween(before, totals), { scavenges: 1, scavengePauseMs: 2.3, promotedBytes: 1211208, fullCollections: 1, fullPauseMs: 11.5 });
  });

  it('follows a stream split anywhere, passing other lines on', async () => {
    const stdout = new PassThrough();
    const passed: string[] = [];
    const totals = followGcTrace(stdout, (line) => passed.push(line));
    const text = `${SCAVENGE}\nready\n${MARK_COMPACT}\n${SCAVENGE}\n`;
    for (let i = 0; i < text.length; i += 7) stdout.write(text.slice(i, i + 7));
    stdout.end();
    await new Promise((resolve) => stdout.once('end', resolve));
    assert.deepEqual(passed, ['ready']);
    assert.deepEqual(totals, { scavenges: 2, scavengePauseMs: 4.6, promotedBytes: 2422416, fullCollections: 1, fullPauseMs: 11.5 });
  });
});
