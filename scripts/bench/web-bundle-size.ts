/**
 * What the web pages weigh, gzip-compressed, from the last `npm run build:web`.
 *
 *   npm run bench:web-size
 *
 * Reads Vite's manifest (dist/web/.vite/manifest.json) to tell what each page
 * loads at once (its entry and the modules and stylesheets it imports
 * statically) from what it loads later (dynamic imports: Cytoscape, only on
 * the graph pages; the curating pages). GraphiQL's Monaco workers load when its editors start.
 * Sizes are gzip level 9, as a server compressing static files would send them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST_DIR } from '../../api/http/static-site.js';

interface Chunk {
  file: string;
  isEntry?: boolean;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, Chunk>;

const manifest = JSON.parse(readFileSync(path.join(WEB_DIST_DIR, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** The files a chunk pulls in: with `lazy`, also what it imports dynamically. */
function closure(key: string, lazy: boolean, files = new Set<string>()): Set<string> {
  const chunk = manifest[key]!;
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const asset of chunk.assets ?? []) files.add(asset);
  for (const next of [...(chunk.imports ?? []), ...(lazy ? (chunk.dynamicImports ?? []) : [])]) closure(next, lazy, files);
  return files;
}

function size(files: Iterable<string>): { raw: number; gzip: number; count: number } {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(WEB_DIST_DIR, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    count += 1;
  }
  return { raw, gzip, count };
}

// Manifest keys are paths relative to web/, the Vite root.
const explorerEntry = 'index.html';
const graphiqlEntry = 'graphiql/index.html';
const explorerNow = closure(explorerEntry, false);
const explorerAll = closure(explorerEntry, true);
/** What a page loaded on demand adds to the first load (its chunk and what it imports that the first load lacks). */
const onDemand = (...keys: string[]) => new Set(keys.flatMap((key) => [...closure(key, true)]).filter((f) => !explorerNow.has(f)));
const graphPages = onDemand('src/pages/graph-page.ts', 'src/pages/paths-page.ts');
const curatePages = onDemand('src/curate/index.ts');
const explorerLater = [...explorerAll].filter((f) => !explorerNow.has(f));
if (explorerLater.some((f) => !graphPages.has(f) && !curatePages.has(f))) throw new Error('a chunk loaded on demand is neither the graph pages’ nor the curating pages’: name it here');
const graphiqlNow = closure(graphiqlEntry, false);
const everything = readdirSync(path.join(WEB_DIST_DIR, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => statSync(path.join(WEB_DIST_DIR, f)).isFile());
const graphiqlAll = everything.filter((f) => !explorerAll.has(f));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const rows: [string, ReturnType<typeof size>][] = [
  ['Explorer, first load (every page but the graphs)', size(explorerNow)],
  ['Explorer, graph pages on demand (Cytoscape, graph and paths views)', size(graphPages)],
  ['Explorer, curating pages on demand (forms, history, review; docs/decisions/028, 029)', size(curatePages)],
  ['GraphiQL, first load (React, GraphiQL, Monaco)', size(graphiqlNow)],
  ['GraphiQL, everything (with Prettier, the Monaco workers and fonts)', size(graphiqlAll)],
];
console.log('| what | files | raw | gzip |');
console.log('|---|---|---|---|');
for (const [what, s] of rows) console.log(`| ${what} | ${s.count} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
