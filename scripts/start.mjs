// `npm start [-- --data-dir DIR]`: builds the app and opens it in Electron.
//
// The Electron binary is looked up on disk rather than with require('electron'): that require
// silently starts a download when the binary is missing, and here we want a clear message instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Path of the Electron executable that `npx install-electron` put in node_modules, or null. */
function findElectronBinary() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, relativePath);
  return relativePath !== '' && existsSync(binary) ? binary : null;
}

const MISSING_BINARY_MESSAGE = `The Electron binary is not installed (node_modules/electron has no dist/ folder).

  To open the desktop app, fetch it once (needs internet):
    npx install-electron
  then run npm start again.

  To use the app without Electron, run it in your browser:
    npm run web
`;

function runElectronViteBuild() {
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  return result.status ?? 1;
}

/** Runs Electron on the project; relative paths in the arguments resolve from where npm was run. */
function launchElectron(binary, extraArgs) {
  const env = { ...process.env };
  // Set by some tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectRoot, ...extraArgs], {
    cwd: process.env.INIT_CWD || process.cwd(),
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

function main() {
  const binary = findElectronBinary();
  if (!binary) {
    console.error(MISSING_BINARY_MESSAGE);
    process.exit(1);
  }
  const buildStatus = runElectronViteBuild();
  if (buildStatus !== 0) {
    console.error('The build failed; Electron was not started.');
    process.exit(buildStatus);
  }
  launchElectron(binary, process.argv.slice(2));
}

main();
