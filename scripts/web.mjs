// `npm run web [-- --port N] [-- --no-build]`: the app in a browser, without Electron.
//
// Builds the renderer (electron-vite builds all three parts; main and preload take a moment) and
// serves out/renderer on 127.0.0.1 only, with the same Content-Security-Policy header Electron sends
// (src/main/content-security-policy.json). The page then uses the browser host (IndexedDB,
// downloads). The e2e tests run `node scripts/web.mjs --no-build --port 4173`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const rendererOutDir = join(projectRoot, 'out', 'renderer');
const cspFile = join(projectRoot, 'src', 'main', 'content-security-policy.json');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 5180;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parsePort(text, source) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    fail(`${source} must be a port number, got "${text}".`);
  return port;
}

function parseArguments(argv, env) {
  let port = env.PORT ? parsePort(env.PORT, 'PORT') : DEFAULT_PORT;
  let isBuildWanted = true;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--no-build') isBuildWanted = false;
    else if (argument === '--port') port = parsePort(argv[(index += 1)], '--port');
    else if (argument.startsWith('--port=')) port = parsePort(argument.slice('--port='.length), '--port');
    else fail(`Unknown option ${argument}. Usage: node scripts/web.mjs [--port N] [--no-build]`);
  }
  return { port, isBuildWanted };
}

function buildApp() {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) fail('The build failed; nothing to serve.');
}

function readContentSecurityPolicy() {
  const directives = JSON.parse(readFileSync(cspFile, 'utf8'));
  return directives.join('; ');
}

async function serve(port) {
  try {
    return await preview({
      configFile: false,
      root: projectRoot,
      base: './',
      logLevel: 'warn',
      // Hash routes need no fallback page: a missing file is a 404, not index.html.
      appType: 'mpa',
      build: { outDir: rendererOutDir },
      preview: {
        host: HOST,
        port,
        strictPort: true,
        open: false,
        headers: {
          'Content-Security-Policy': readContentSecurityPolicy(),
          'X-Content-Type-Options': 'nosniff',
          // Each run may be a new build: never let the browser keep an old one.
          'Cache-Control': 'no-store',
        },
      },
    });
  } catch (error) {
    return fail(`Cannot serve on http://${HOST}:${port}/: ${error instanceof Error ? error.message : error}`);
  }
}

async function main() {
  const { port, isBuildWanted } = parseArguments(process.argv.slice(2), process.env);
  if (isBuildWanted) buildApp();
  if (!existsSync(join(rendererOutDir, 'index.html'))) {
    fail('out/renderer/index.html is missing: run without --no-build (or npx electron-vite build) first.');
  }
  await serve(port);
  console.log(`Coach dashboard running at http://${HOST}:${port}/ (Ctrl-C to stop)`);
  // Nothing to flush: exit at once rather than wait for idle keep-alive connections to time out.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));
}

await main();
