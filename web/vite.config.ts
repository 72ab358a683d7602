import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two pages, one build: the explorer at `/` and GraphiQL at `/graphiql`.
 * GraphiQL (React + Monaco) is its own entry so that none of its weight
 * reaches the explorer's bundle. The API process serves dist/web/.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  // No public/ folder: every asset goes through the bundler and gets a hashed name.
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Monaco's language workers alone pass Vite's 500 kB warning; GraphiQL is a
    // developer page loaded on demand, so its size is reported, not warned about.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    // dist/web/.vite/manifest.json: which files each page loads at once and
    // which later; scripts/bench/web-bundle-size.ts reads it. Not served.
    manifest: true,
    rollupOptions: {
      input: {
        explorer: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql/index.html', import.meta.url)),
      },
      output: {
        // Named so the bundle report reads: Cytoscape is the graph pages' lazy chunk.
        manualChunks: (id) => (id.includes('/node_modules/cytoscape/') ? 'cytoscape' : undefined),
      },
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server rendering; a browser bundle has no use for it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
