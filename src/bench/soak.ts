/**
 * The soak (`npm run soak`): the real Worker under `wrangler dev` on
 * 127.0.0.1, driven by autocannon with many connections for a bounded time
 * over a mix of routes (kept and filtered feeds, lists, pages, 404s, bad
 * parameters), each answer tallied against the status its route should give.
 * Memory is read before and after, twice over: the isolate's JavaScript heap
 * as V8 sees it, through the inspector wrangler serves (Chrome DevTools
 * protocol: HeapProfiler.collectGarbage, then Runtime.getHeapUsage), and the
 * resident size of the workerd process.
 */
import { readdirSync, readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { BenchError, type Variant } from './variant.ts'
import { canonicalPath, type DevServer, startDevServer } from './wrangler-dev.ts'

export interface SoakOptions {
  seconds: number
  connections: number
  port: number
  inspectorPort: number
  /** The built site folder (dist/site). */
  site: string
}

/** One route of the mix and the status it should answer. */
export interface SoakRoute {
  path: string
  expect: number
  /** Why this route is in the mix. */
  kind: 'feed' | 'filtered' | 'page' | 'api' | 'not found' | 'bad parameter'
}

export interface HeapSample {
  /** Seconds since the load started (negative: before). */
  at: number
  /** V8 heap in use / allocated, bytes, after a full GC. */
  heapUsed: number
  heapTotal: number
  /** ArrayBuffer backing stores (outside the V8 heap: the catalog's columns, fetched packs), bytes. */
  backing: number
  /** Resident set of the workerd process, bytes. */
  rss: number
}

export interface SoakResult {
  seconds: number
  connections: number
  requests: number
  /** Connection errors and timeouts (no answer at all). */
  errors: number
  timeouts: number
  latency: { p50: number; p90: number; p99: number; max: number }
  rps: number
  /** Answers as each route expected. */
  expected: number
  /** The expected 4xx of the not-found and bad-parameter routes, by status. */
  expected4xx: Record<string, number>
  /** Answers a route should not have given: route → status → count. */
  unexpected: Record<string, Record<string, number>>
  heap: HeapSample[]
}

export async function startWrangler(v: Variant, o: SoakOptions): Promise<DevServer> {
  // Another server on either port would be measured in ours' place.
  for (const port of [o.port, o.inspectorPort]) {
    const taken = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
    if (taken) throw new BenchError(`port ${port} on 127.0.0.1 is already in use: stop what listens there, or pick another with --port / --inspector-port`)
  }
  return startDevServer(v, o)
}

/** The mix: routes that answer 200 (canonical, so none redirects), and routes that must answer 404 or 400. */
export async function soakRoutes(base: string): Promise<SoakRoute[]> {
  const json = async (path: string) => (await (await fetch(base + path)).json()) as { items: { id?: string; slug?: string; title: string; count?: number }[] }
  const topic = (await json('/api/topics')).items.find((t) => (t.count ?? 0) > 0)?.slug
  const [article] = (await json('/api/articles?fields=id,title&limit=1')).items
  const [story] = (await json('/api/stories?fields=id,title&limit=1')).items
  if (!topic || !article) throw new BenchError('the catalog has no topic with articles, or no article: build a catalog with some first')
  const word = article.title.split(/\s+/).find((w) => /^\p{L}{4,}$/u.test(w))?.toLowerCase() ?? 'news'
  const ok: [SoakRoute['kind'], string][] = [
    ['feed', '/feed.xml'],
    ['feed', '/atom.xml'],
    ['feed', '/feed.json'],
    ['feed', '/stories/feed.xml'],
    ['feed', `/topics/${topic}/feed.xml`],
    ['feed', `/topics/${topic}/feed.json`],
    ['filtered', `/feed.xml?topic=${topic}&limit=10`],
    ['filtered', `/feed.json?q=${encodeURIComponent(word)}`],
    ['filtered', `/api/articles?topic=${topic}&limit=100`],
    ['filtered', `/api/articles?q=${encodeURIComponent(word)}&limit=50`],
    ['filtered', `/stories/feed.xml?topic=${topic}`],
    ['page', '/'],
    ['page', `/topics/${topic}`],
    ['page', `/articles/${article.id}`],
    ['page', '/stories'],
    ...(story ? [['page', `/stories/${story.id}`] as [SoakRoute['kind'], string]] : []),
    ['page', '/embed?limit=5'],
    ['api', '/api/articles'],
    ['api', `/api/articles/${article.id}`],
    ['api', '/api/topics'],
    ['api', '/healthz'],
  ]
  const routes: SoakRoute[] = []
  for (const [kind, path] of ok) routes.push({ kind, path: await canonicalPath(base, path), expect: 200 })
  routes.push(
    { kind: 'not found', path: '/no-such-page', expect: 404 },
    { kind: 'not found', path: '/topics/no-such-topic/feed.xml', expect: 404 },
    { kind: 'not found', path: '/api/articles/000000000000', expect: 404 },
    { kind: 'bad parameter', path: '/feed.xml?limit=0', expect: 400 },
    { kind: 'bad parameter', path: '/feed.xml?since=yesterday', expect: 400 },
    { kind: 'bad parameter', path: '/feed.xml?bogus=1', expect: 400 },
    { kind: 'bad parameter', path: '/api/articles?cursor=zzz', expect: 400 },
    { kind: 'bad parameter', path: `/feed.xml?topic=${topic},no-such-topic`, expect: 400 },
    // Issue 13: an offset out of range threw in parseDate (a 503) at 1b982e1.
    { kind: 'bad parameter', path: '/feed.xml?since=2024-01-01T00:00:00-24:00', expect: 400 },
  )
  return routes
}

/**
 * The isolate's heap through the inspector: wrangler lists the Worker's
 * target at /json; over its WebSocket, a full GC and then the heap in use.
 */
export async function isolateHeap(inspectorPort: number): Promise<{ used: number; total: number; backing: number }> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl?: string }[]
  const url = targets.find((t) => t.webSocketDebuggerUrl)?.webSocketDebuggerUrl
  if (!url) throw new BenchError(`no inspector target at 127.0.0.1:${inspectorPort}/json`)
  if (!/^wss?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new BenchError(`inspector target is not on loopback: ${url}`)
  // The inspector proxy wants an Origin on loopback (Node's WebSocket takes headers as undici's extension).
  const socket = new (WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket)(url, { headers: { Origin: 'http://127.0.0.1' } })
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve())
    socket.addEventListener('error', () => reject(new BenchError(`cannot open the inspector at ${url}`)))
  })
  // wrangler's inspector proxy passes every answer of the runtime to every client, under ids that can
  // collide with ours, so the heap is recognised by its shape rather than by its id. The inspector
  // runs commands in order: the heap is read after the collection.
  try {
    type Usage = { usedSize: number; totalSize: number; backingStorageSize?: number }
    const usage = new Promise<Usage>((resolve) => {
      socket.addEventListener('message', (event: { data: unknown }) => {
        const result = (JSON.parse(String(event.data)) as { result?: Partial<Usage> }).result
        if (typeof result?.usedSize === 'number' && typeof result.totalSize === 'number') resolve(result as Usage)
      })
    })
    let id = 900_000_000
    const send = (method: string) => socket.send(JSON.stringify({ id: ++id, method }))
    send('HeapProfiler.enable')
    send('HeapProfiler.collectGarbage')
    send('Runtime.getHeapUsage')
    // A command sent while the proxy still attaches to the runtime can be lost: asked again every 5 s.
    let timer: ReturnType<typeof setInterval> | undefined
    let waited = 0
    const { usedSize, totalSize, backingStorageSize } = await Promise.race([
      usage,
      new Promise<never>((_, reject) => {
        timer = setInterval(() => {
          waited += 5
          if (waited >= 30) reject(new BenchError('inspector: no heap usage in 30 s'))
          else {
            send('HeapProfiler.collectGarbage')
            send('Runtime.getHeapUsage')
          }
        }, 5_000)
      }),
    ]).finally(() => clearInterval(timer))
    return { used: usedSize, total: totalSize, backing: backingStorageSize ?? 0 }
  } finally {
    socket.close()
  }
}

/** Resident set of the workerd processes descended from wrangler (`root`), bytes (Linux /proc). */
export function workerdRss(root: number): number {
  const procs = new Map<number, { ppid: number; comm: string }>()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      procs.set(Number(pid), { comm: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(stat.slice(close + 2).split(' ')[1]) })
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid, hops = 0; p !== undefined && p > 1 && hops < 64; p = procs.get(p)?.ppid, hops++) if (p === root) return true
    return false
  }
  let rss = 0
  for (const [pid, proc] of procs) {
    if (!proc.comm.startsWith('workerd') || !descends(pid)) continue
    try {
      const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)
      if (kb) rss += Number(kb[1]) * 1024
    } catch {
      // gone meanwhile
    }
  }
  return rss
}

/** Runs the load, sampling memory every `every` seconds. */
export async function soak(server: DevServer, routes: SoakRoute[], o: SoakOptions, log: (s: string) => void, every = 10): Promise<SoakResult> {
  const sample = async (at: number): Promise<HeapSample> => {
    const heap = await isolateHeap(o.inspectorPort)
    return { at, heapUsed: heap.used, heapTotal: heap.total, backing: heap.backing, rss: workerdRss(server.child.pid!) }
  }
  // Warm: every route once, so the catalog is loaded and the first sample is of a serving isolate.
  for (const r of routes) await (await fetch(server.base + r.path)).arrayBuffer()
  const heap = [await sample(0)]
  log(`soak: ${routes.length} routes, ${o.connections} connections, ${o.seconds} s`)

  const unexpected: Record<string, Record<string, number>> = {}
  const expected4xx: Record<string, number> = {}
  let expected = 0
  const requests = routes.map((route) => ({
    path: route.path,
    method: 'GET' as const,
    onResponse: (status: number) => {
      if (status === route.expect) {
        expected++
        if (status >= 400) expected4xx[status] = (expected4xx[status] ?? 0) + 1
      } else {
        const byStatus = (unexpected[route.path] ??= {})
        byStatus[status] = (byStatus[status] ?? 0) + 1
      }
    },
  }))
  const started = Date.now()
  let sampling = Promise.resolve()
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      heap.push(await sample(Math.round((Date.now() - started) / 1000)))
    })
  }, every * 1000)
  let run: Awaited<ReturnType<typeof autocannon>>
  try {
    run = await autocannon({ url: server.base, connections: o.connections, duration: o.seconds, timeout: 10, requests })
  } finally {
    clearInterval(timer)
    await sampling
  }
  heap.push(await sample(Math.round((Date.now() - started) / 1000)))
  return {
    seconds: o.seconds,
    connections: o.connections,
    requests: run.requests.total,
    errors: run.errors,
    timeouts: run.timeouts,
    latency: { p50: run.latency.p50, p90: run.latency.p90, p99: run.latency.p99, max: run.latency.max },
    rps: run.requests.average,
    expected,
    expected4xx,
    unexpected,
    heap,
  }
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

export function soakReport(r: SoakResult, routes: SoakRoute[]): string {
  const lines = [
    `${r.requests} requests in ${r.seconds} s over ${r.connections} connections (${Math.round(r.rps)} per second), ${routes.length} routes`,
    `errors (no answer): ${r.errors} (timeouts ${r.timeouts})`,
    `answers as expected: ${r.expected}; expected 4xx from the not-found and bad-parameter routes: ${
      Object.entries(r.expected4xx).map(([s, n]) => `${s} × ${n}`).join(', ') || 'none'
    }`,
    `unexpected answers: ${Object.keys(r.unexpected).length === 0 ? 'none' : ''}`,
    ...Object.entries(r.unexpected).map(([path, byStatus]) => {
      const want = routes.find((x) => x.path === path)?.expect
      return `  ${path} (expected ${want}): ${Object.entries(byStatus).map(([s, n]) => `${s} × ${n}`).join(', ')}`
    }),
    `latency (ms): p50 ${r.latency.p50}, p90 ${r.latency.p90}, p99 ${r.latency.p99}, max ${r.latency.max}`,
    'memory (the isolate after a full GC, as V8 in the Worker sees it: heap, and ArrayBuffer backing stores; workerd resident set):',
    ...r.heap.map(
      (h) => `  ${String(h.at).padStart(4)} s: heap ${mib(h.heapUsed)} MiB used of ${mib(h.heapTotal)} MiB, buffers ${mib(h.backing)} MiB; workerd RSS ${mib(h.rss)} MiB`,
    ),
  ]
  const first = r.heap[0]!
  const last = r.heap.at(-1)!
  lines.push(`change: heap ${mib(last.heapUsed - first.heapUsed)} MiB, buffers ${mib(last.backing - first.backing)} MiB, workerd RSS ${mib(last.rss - first.rss)} MiB`)
  return lines.join('\n')
}
