// Runs after `npm install` / `npm ci`: tries once to fetch Electron's binary so that `npm start`
// works on a machine with internet. It can never fail the install: any problem (no network, a
// proxy, a timeout) only prints a note. Set COACH_SKIP_ELECTRON_DOWNLOAD=1 to skip the attempt.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const TIMEOUT_MS = 180_000;

function note(message) {
  console.log(`[coach-dashboard] ${message}`);
}

function electronDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

async function main() {
  const dir = electronDir();
  if (process.env.COACH_SKIP_ELECTRON_DOWNLOAD === '1' || !dir) return;
  if (existsSync(join(dir, 'path.txt')) && existsSync(join(dir, 'dist'))) return;
  const installer = join(dir, 'install.js');
  if (!existsSync(installer)) return;
  const child = spawn(process.execPath, [installer], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  const code = await new Promise((resolve) => {
    child.on('exit', resolve);
    child.on('error', () => resolve(1));
  });
  clearTimeout(timer);
  if (code === 0) {
    note('Electron binary downloaded: `npm start` opens the desktop app.');
  } else {
    const reason = stderr.split('\n').find((line) => line.trim() !== '') ?? 'no details';
    note(`Electron binary not downloaded (${reason.trim()}). The install is fine: run \`npx install-electron\` later, or use \`npm run web\`.`);
  }
}

main().catch((error) => note(`Skipped the Electron download: ${String(error)}`)).finally(() => process.exit(0));
