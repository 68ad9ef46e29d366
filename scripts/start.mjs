// `npm start`: launch the Electron app; where the Electron binary is absent (installed
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1), say so and start web mode instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

/**
 * The Electron binary if it was downloaded. Read from electron's own path.txt rather than
 * require('electron'), which would try to download it here and fail (no network).
 */
function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * better-sqlite3 in node_modules is built for Node (the CLI and tests use it). Electron
 * needs one built for its ABI: build that once into .cache, aside, and point main at it.
 */
async function electronSqliteBinding() {
  const version = require('electron/package.json').version;
  const appDir = path.join(root, '.cache', 'electron-native', version);
  const binding = path.join(appDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  console.log(`Building better-sqlite3 for Electron ${version} (once)…`);
  fs.mkdirSync(path.join(appDir, 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'gouji-electron-native', version: '0.0.0', dependencies: { 'better-sqlite3': '*' } }));
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), path.join(appDir, 'node_modules', 'better-sqlite3'), { recursive: true });
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: appDir, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
  return binding;
}

if (!fs.existsSync(path.join(root, 'dist', 'cli', 'gouji.mjs')) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  console.log('Building Gouji…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawn(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  await new Promise((resolve, reject) => build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('build failed')))));
}

const binary = electronBinary();
if (binary) {
  const binding = await electronSqliteBinding();
  run(binary, ['.', ...passThrough], { ...process.env, GOUJI_SQLITE_NATIVE_BINDING: binding });
} else {
  console.log('The Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD), so Gouji starts in web mode:');
  console.log('the same app in your browser, served on 127.0.0.1 only. Open the URL below.');
  const port = process.env.GOUJI_PORT ?? '5175';
  run(process.execPath, [path.join(root, 'dist', 'cli', 'gouji.mjs'), 'serve', '--port', port, ...passThrough]);
}
