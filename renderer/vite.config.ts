/**
 * Builds the renderer that both doors serve: Electron loads dist/renderer/index.html,
 * the web server serves the same folder. `base: './'` keeps every asset URL relative,
 * so the bundle works from a file, a custom protocol or http://127.0.0.1:PORT/.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = path.dirname(fileURLToPath(import.meta.url));
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * pdf.js fetches these at run time (never imported): CJK text needs the packed CMaps,
 * non-embedded fonts need standard_fonts, JBIG2/JPEG 2000 scans need the wasm decoders,
 * CMYK images need the ICC profile. They live under `pdfjs/<folder>/` next to index.html.
 */
const PDFJS_RUNTIME_FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;
const PDFJS_URL_PREFIX = 'pdfjs';

const CONTENT_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.pfb': 'application/octet-stream',
  '.bcmap': 'application/octet-stream',
  '.icc': 'application/vnd.iccprofile',
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

function pdfjsRuntimeAssets(): Plugin {
  return {
    name: 'gouji-pdfjs-runtime-assets',
    // Dev server: serve the folders straight from node_modules.
    configureServer(server) {
      server.middlewares.use(`/${PDFJS_URL_PREFIX}`, (req, res, next) => {
        const urlPath = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const [folder, ...rest] = urlPath.replace(/^\/+/, '').split('/');
        if (!PDFJS_RUNTIME_FOLDERS.some((known) => known === folder)) return next();
        const base = path.join(pdfjsRoot, folder ?? '');
        const file = path.resolve(base, rest.join('/'));
        if (!file.startsWith(base + path.sep)) return next();
        try {
          if (!statSync(file).isFile()) return next();
        } catch {
          return next();
        }
        res.setHeader(
          'content-type',
          CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        );
        createReadStream(file).pipe(res);
      });
    },
    // Build: emit them as fixed-name assets (pdf.js builds the file names itself).
    generateBundle() {
      for (const folder of PDFJS_RUNTIME_FOLDERS) {
        const source = path.join(pdfjsRoot, folder);
        for (const relative of filesUnder(source)) {
          this.emitFile({
            type: 'asset',
            fileName: `${PDFJS_URL_PREFIX}/${folder}/${relative.split(path.sep).join('/')}`,
            source: readFileSync(path.join(source, relative)),
          });
        }
      }
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  publicDir: false,
  plugins: [pdfjsRuntimeAssets()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.resolve(rendererRoot, '../dist/renderer'),
    emptyOutDir: true,
    // Electron 45 is Chromium 142; the web door targets current browsers. pdf.js 5 needs ES2023.
    target: 'es2023',
    // pdf.js alone is ~400 kB minified; one chunk is fine for a local app.
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  server: {
    fs: { allow: [path.resolve(rendererRoot, '..')] },
  },
});
