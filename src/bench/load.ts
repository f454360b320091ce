/**
 * Load section: throughput and latency of the real Worker under
 * `wrangler dev` (workerd) on 127.0.0.1, driven by autocannon: per route a
 * run bounded in time and connections, each reported as a ratio to /healthz
 * measured in the same server run (before and after the routes), so the
 * machine's load at the time cancels out. With a baseline, both servers run
 * and routes alternate between them.
 */
import autocannon from 'autocannon'
import type { BenchRoute } from './routes.ts'
import { ratio } from './stats.ts'
import { type Cell, markdownTable } from './table.ts'
import type { Variant } from './variant.ts'
import { canonicalPath, type DevServer, startDevServer, stopDevServer } from './wrangler-dev.ts'

export interface LoadOptions {
  seconds: number
  connections: number
}

export interface LoadResult {
  url: string
  rps: number
  p50: number
  p99: number
  requests: number
  errors: number
  non2xx: number
}

export interface SizeLoad {
  size: number
  /** variant name → route label → result; `/healthz (before)` and `/healthz (after)` included. */
  routes: Map<string, Map<string, LoadResult>>
}

async function hammer(base: string, url: string, o: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({ url: base + url, connections: o.connections, duration: o.seconds, timeout: 10 })
  return { url, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors, non2xx: r.non2xx }
}

export async function measureLoad(size: number, targets: { variant: Variant; site: string; routes: BenchRoute[] }[], o: LoadOptions, log: (s: string) => void): Promise<SizeLoad> {
  const servers: DevServer[] = []
  const result: SizeLoad = { size, routes: new Map(targets.map((t) => [t.variant.name, new Map()])) }
  try {
    for (const [i, t] of targets.entries()) servers.push(await startDevServer(t.variant, { site: t.site, port: 8900 + i }))
    const labels = ['/healthz (before)', ...targets[0]!.routes.map((r) => r.label), '/healthz (after)']
    for (const label of labels) {
      log(`load ${size}: ${label}`)
      for (const [i, t] of targets.entries()) {
        const route = label.startsWith('/healthz (') ? { url: '/healthz' } : t.routes.find((r) => r.label === label)
        if (!route) continue
        const url = await canonicalPath(servers[i]!.base, route.url)
        result.routes.get(t.variant.name)!.set(label, await hammer(servers[i]!.base, url, o))
      }
    }
  } finally {
    for (const s of servers) stopDevServer(s)
  }
  return result
}

export function loadTable(results: SizeLoad[], variants: Variant[]): string {
  const base = variants.length > 1
  const head = ['route']
  for (const r of results) {
    const n = r.size.toLocaleString('en-US')
    head.push(`${n}: req/s`, `${n}: ratio to /healthz`, `${n}: p50 (ms)`, `${n}: p99 (ms)`)
    if (base) head.push(`${n}: baseline req/s`, `${n}: ratio to baseline`)
    head.push(`${n}: errors`)
  }
  const labels = [...(results[0]?.routes.get(variants[0]!.name)?.keys() ?? [])]
  const rows: Cell[][] = labels.map((label) => {
    const row: Cell[] = [`${label}: \`${results[0]!.routes.get(variants[0]!.name)!.get(label)!.url}\``]
    for (const r of results) {
      const cur = r.routes.get(variants[0]!.name)!
      const s = cur.get(label)
      const health = ((cur.get('/healthz (before)')?.rps ?? NaN) + (cur.get('/healthz (after)')?.rps ?? NaN)) / 2
      row.push(s?.rps, ratio(s?.rps ?? NaN, health), s?.p50, s?.p99)
      if (base) {
        const b = r.routes.get(variants[1]!.name)?.get(label)
        row.push(b?.rps, ratio(s?.rps ?? NaN, b?.rps ?? NaN))
      }
      row.push(s ? `${s.errors + s.non2xx} of ${s.requests}` : 'not run')
    }
    return row
  })
  return markdownTable(head, rows)
}
