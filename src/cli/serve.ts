/**
 * `npm run serve`: the Worker under `wrangler dev` on http://127.0.0.1:8787
 * (PORT to change it), serving the catalog `npm run build` wrote to dist/site.
 * `npm run serve -- --fixture` serves the small test catalog instead
 * (test/fixtures/catalog), laid out afresh.
 *
 * Local only: the listener is bound to loopback, and Wrangler's `Request.cf`
 * download and metrics are switched off.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { fixture: { type: 'boolean', default: false } } })
let config = 'wrangler.toml'
if (values.fixture) {
  const { writeTestSite } = await import('../../test/fixtures/catalog/write-site.ts')
  writeTestSite()
  config = 'test/fixtures/catalog/wrangler.toml'
} else if (!existsSync('dist/site/catalog/index.json')) {
  console.error('serve: dist/site/catalog/index.json is missing; run `npm run build` first (or `npm run serve -- --fixture`)')
  process.exit(1)
}

// The package exports no bin path; its package.json is exported and sits beside bin/.
const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin/wrangler.js')
const port = process.env.PORT ?? '8787'
const child = spawn(process.execPath, [wrangler, 'dev', '--config', config, '--ip', '127.0.0.1', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
