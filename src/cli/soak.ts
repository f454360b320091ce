/**
 * `npm run soak [-- --seconds S] [--connections N] [--port P] [--inspector-port P]`
 *
 * Drives the local Worker (`wrangler dev` on 127.0.0.1, serving the last
 * build in dist/site; built from seeds/ first if there is none) with N
 * connections for S seconds (default 30 s, 32) over a mix of routes, and
 * reports requests, errors, answers by status (the expected 404/400 of the
 * bad routes apart from unexpected ones), latency percentiles, and memory
 * before, during and after: the isolate's heap through the inspector, and
 * workerd's resident set (src/bench/soak.ts). Loopback only. Exit status: 0
 * no errors and no unexpected answer; 1 otherwise; 2 bad arguments.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { soak, soakReport, soakRoutes, startWrangler } from '../bench/soak.ts'
import { stopDevServer } from '../bench/wrangler-dev.ts'
import { BenchError, shortCommit, tsxCommand } from '../bench/variant.ts'
import { indexPath } from '../served/index.ts'

const USAGE = 'usage: npm run soak -- [--seconds S] [--connections N] [--port P] [--inspector-port P]'

function fail(message: string, code = 2): never {
  process.stderr.write(`gazette soak: ${message}\n`)
  process.exit(code)
}

function whole(name: string, text: string, min: number, max: number): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}, got "${text}"\n${USAGE}`)
  return n
}

let values: Record<string, string | undefined>
try {
  values = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      connections: { type: 'string', default: '32' },
      port: { type: 'string', default: '8788' },
      'inspector-port': { type: 'string', default: '9230' },
    },
  }).values
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`)
}
const options = {
  seconds: whole('seconds', values.seconds!, 1, 3600),
  connections: whole('connections', values.connections!, 1, 1000),
  port: whole('port', values.port!, 1, 65535),
  inspectorPort: whole('inspector-port', values['inspector-port']!, 1, 65535),
  site: resolve('dist/site'),
}
const current = { name: 'current', root: process.cwd() }

if (!existsSync(`${options.site}/${indexPath()}`)) {
  process.stderr.write('gazette soak: no build in dist/site; building seeds/ first\n')
  const build = spawnSync(tsxCommand(current)[0]!, [...tsxCommand(current).slice(1), 'src/cli/build.ts', '--quiet'], { stdio: 'inherit' })
  if (build.status !== 0) fail('the build failed', 1)
}

const log = (s: string) => process.stderr.write(`${s}\n`)
let server: Awaited<ReturnType<typeof startWrangler>> | undefined
let problem: unknown
try {
  server = await startWrangler(current, options)
  const routes = await soakRoutes(server.base)
  const result = await soak(server, routes, options, log)
  process.stdout.write(`soak at ${shortCommit(current.root)}, ${new Date().toISOString().slice(0, 10)}\n${soakReport(result, routes)}\n`)
  process.exitCode = result.errors === 0 && result.timeouts === 0 && Object.keys(result.unexpected).length === 0 ? 0 : 1
} catch (error) {
  problem = error
} finally {
  // Before any exit: wrangler and workerd must not outlive the soak.
  if (server) stopDevServer(server)
}
if (problem instanceof BenchError) fail(problem.message, 1)
if (problem) throw problem
