/**
 * `npm run serve [-- --port N] [--fixture]`: the Worker under `wrangler dev`
 * on http://localhost:8787 (--port or PORT to change it), serving the catalog
 * `npm run build` wrote to dist/site. Nothing is rebuilt. `--fixture` serves
 * the small hand-written test catalog (test/fixtures/catalog) instead.
 *
 * Local only: the listener is bound to loopback, and Wrangler's `Request.cf`
 * download and metrics are switched off so it runs offline.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { indexPath } from '../served/index.ts'

function fail(message: string): never {
  process.stderr.write(`gazette serve: ${message}\n`)
  process.exit(2)
}

let options: { port?: string; fixture: boolean }
try {
  options = parseArgs({ options: { port: { type: 'string' }, fixture: { type: 'boolean', default: false } } }).values
} catch (error) {
  fail(`${(error as Error).message}\nusage: npm run serve -- [--port N] [--fixture]`)
}
const port = options.port ?? process.env.PORT ?? '8787'
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`--port must be a port number from 1 to 65535, got "${port}"`)

let config = 'wrangler.toml'
if (options.fixture) {
  const { writeTestSite } = await import('../../test/fixtures/catalog/write-site.ts')
  await writeTestSite()
  config = 'test/fixtures/catalog/wrangler.toml'
} else if (!existsSync(`dist/site/${indexPath()}`)) {
  fail('no build found in dist/site: run `npm run build` first (or `npm start` to build and serve)')
}

// The package exports no bin path; its package.json is exported and sits beside bin/.
const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js')
const child = spawn(process.execPath, [wrangler, 'dev', '--config', config, '--ip', '127.0.0.1', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
