/**
 * `wrangler dev` on loopback for the load and soak runs: started offline in
 * its own process group (so workerd stops with it), ready once /healthz
 * answers, and the canonical form of a URL found by following its 301s, so
 * no sampled request is a redirect.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { BenchError, OFFLINE_ENV, type Variant, wranglerCommand } from './variant.ts'

export interface DevServer {
  child: ChildProcess
  base: string
}

export async function startDevServer(v: Variant, o: { site: string; port: number; inspectorPort?: number }): Promise<DevServer> {
  const [node, ...args] = [
    ...wranglerCommand(v),
    'dev',
    '--ip', '127.0.0.1',
    '--port', String(o.port),
    ...(o.inspectorPort === undefined ? [] : ['--inspector-port', String(o.inspectorPort)]),
    '--assets', o.site,
    '--show-interactive-dev-session=false',
    '--log-level', 'error',
  ]
  const child = spawn(node!, args, { cwd: v.root, stdio: 'ignore', detached: true, env: { ...process.env, ...OFFLINE_ENV } })
  const base = `http://127.0.0.1:${o.port}`
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new BenchError(`wrangler dev exited with ${child.exitCode} for ${v.name}`)
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  stopDevServer({ child, base })
  throw new BenchError(`wrangler dev did not answer at ${base} within 120 s for ${v.name}`)
}

export function stopDevServer(s: DevServer): void {
  if (s.child.exitCode === null && s.child.pid) {
    try {
      process.kill(-s.child.pid, 'SIGTERM')
    } catch {
      s.child.kill('SIGTERM')
    }
  }
}

/** `path` after following at most three 301s on `base`. */
export async function canonicalPath(base: string, path: string): Promise<string> {
  for (let i = 0; i < 3; i++) {
    const r = await fetch(base + path, { redirect: 'manual' })
    await r.arrayBuffer()
    const location = r.headers.get('Location')
    if (r.status !== 301 || !location) return path
    const next = new URL(location, base)
    path = next.pathname + next.search
  }
  return path
}
