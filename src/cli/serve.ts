/**
 * `npm run serve [-- --port N]`: serves the last build (dist/site) with the
 * Worker under `wrangler dev`, on http://localhost:8787 unless --port or PORT
 * says otherwise. Runs offline; nothing is rebuilt.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { indexPath } from '../served.ts'

function fail(message: string): never {
  process.stderr.write(`gazette serve: ${message}\n`)
  process.exit(2)
}

let port: string
try {
  const { values } = parseArgs({ options: { port: { type: 'string' } } })
  port = values.port ?? process.env.PORT ?? '8787'
} catch (error) {
  fail(`${(error as Error).message}\nusage: npm run serve -- [--port N]`)
}
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`--port must be a port number from 1 to 65535, got "${port}"`)
if (!existsSync(`dist/site/${indexPath()}`)) fail('no build found in dist/site: run `npm run build` first (or `npm start` to build and serve)')

const child = spawn('wrangler', ['dev', '--port', port, '--ip', 'localhost', '--show-interactive-dev-session=false'], {
  stdio: 'inherit',
})
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
