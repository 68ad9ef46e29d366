// Bundles the Node side (Electron main and preload, the CLI) with esbuild. Native and
// asset-carrying packages stay external: better-sqlite3 (a .node addon), pdfjs-dist
// (loads its worker, CMaps and fonts from its own folder), @napi-rs/canvas (a .node addon),
// pdfkit (reads its font metrics from its own folder), exceljs (large, CommonJS) and electron itself.
import { build } from 'esbuild';
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', '@napi-rs/canvas', 'pdfkit', 'exceljs'];
const define = { __GOUJI_VERSION__: JSON.stringify(pkg.version) };
// Bundled CommonJS dependencies may call require(): give ESM output a real one.
const esmBanner = { js: "import { createRequire as __gojiCreateRequire } from 'node:module'; const require = __gojiCreateRequire(import.meta.url);" };

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', define, external };

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/gouji.mjs', format: 'esm', banner: esmBanner }),
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', banner: esmBanner }),
  // The extraction and report-snippet workers sit beside each bundle that spawns them (pool.ts, snippets.ts look there).
  ...['cli', 'electron'].flatMap((dir) => [
    build({ ...common, entryPoints: ['electron/core/extract/worker.ts'], outfile: `dist/${dir}/extract-worker.mjs`, format: 'esm', banner: esmBanner }),
    build({ ...common, entryPoints: ['electron/core/export/report/snippet-worker.ts'], outfile: `dist/${dir}/export-snippet-worker.mjs`, format: 'esm', banner: esmBanner }),
  ]),
  // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', platform: 'browser', external: ['electron'] }),
]);
