import neo4j from 'neo4j-driver';
import { createTestDriver, createTestExecutor } from '../test/helpers/database.js';
const d = createTestDriver(); const e = createTestExecutor(d);
const rows = await e.read(`
WITH {
 i: 42, big: 9007199254740993, f: 3.0, ff: 2.5, nan: 0.0/0.0, b: true, s: 'x',
 d: date('2021-03-24'), dneg: date('-0044-03-15'), dbig: date('+12345-01-01'),
 lt: localtime('12:30:01.000000001'), t: time('12:30:00+07:00'),
 ldt: localdatetime('2021-03-24T10:00:00.5'), dt: datetime('2021-03-24T10:00:00+07:00'),
 dtz: datetime('2021-03-24T10:00:00[Asia/Ho_Chi_Minh]'), dur: duration('P1Y2M3DT4H5M6.000000007S'), durneg: duration('-PT1.5S'),
 p: point({x: 1, y: 2}), p3: point({longitude: 106.7, latitude: 10.8, height: 5}),
 li: [1,2], lf: [1.0, 2.5], ls: ['a'], le: [], ld: [date('2020-01-01')], bytes: $bytes
} AS m
UNWIND keys(m) AS k
RETURN k, valueType(m[k]) AS t, m[k] IS :: INTEGER AS isInt, m[k] IS :: LIST<INTEGER NOT NULL> AS isInts, m[k] AS v ORDER BY k`, { bytes: new Int8Array([1, -2, 3]) });
for (const r of rows) console.log(r.k, '|', r.t, r.isInt, r.isInts, '|', r.v, '|', String(r.v), (r.v as any)?.constructor?.name);
await d.close();
