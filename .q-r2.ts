import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7802', neo4j.auth.basic('neo4j', process.env.PW!), { disableLosslessIntegers: true });
const s = d.session();
const q = process.argv[2]!;
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
try { const r = await s.run(q, params); console.log(JSON.stringify(r.records.map((x) => x.toObject()), null, 1)); } catch (e) { console.error(String(e)); }
await s.close(); await d.close();
