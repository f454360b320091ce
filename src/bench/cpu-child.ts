/**
 * Runs in a fresh Node process (plain Node, types stripped; spawned with
 * --expose-gc) for the cpu section. It imports the Worker bundle wrangler
 * would upload and calls its fetch(request, env, ctx) in process: the
 * handler alone, no HTTP. ASSETS is served from the built dist/site folder
 * on disk, standing in for Workers Static Assets; each file is read once
 * and then kept in memory, so disk reads (I/O in Workers, not billed CPU)
 * stay out of the samples after warm-up.
 *
 * Modes, each for one variant: `cold` (Node's own web APIs used once, then
 * import time, first request, heap) and `hot` (routes sampled in turn).
 * One variant per process, so no variant's garbage is collected in
 * another's samples (cpu.ts alternates the processes). Prints one JSON
 * result on stdout.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants, PerformanceObserver } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import type { RouteSamples } from './cpu.ts'

interface ChildVariant {
  name: string
  bundle: string
  site: string
  routes: { label: string; url: string }[]
}

interface ChildConfig {
  mode: 'cold' | 'hot'
  variant: ChildVariant
  /** Cold mode: the first request's URL (path and query). */
  url?: string
  requests: number
  warmup: number
  maxMsPerRoute: number
}

interface Worker {
  fetch(request: Request, env: object, ctx: object): Promise<Response>
}

const TYPES: Record<string, string> = { '.json': 'application/json', '.html': 'text/html', '.xml': 'application/xml' }

/**
 * Bytes per chunk of an asset's body: workerd streams an asset's body to the
 * Worker in chunks rather than handing over the whole file at once, so a
 * Worker that stops reading early reads less, as here.
 */
const CHUNK_BYTES = 64 * 1024

/** ASSETS fetches and body bytes the Worker read, since the last reset: what one answer costs in I/O. */
interface AssetReads {
  fetches: number
  bytes: number
  /** CPU milliseconds the stand-in spent reading files from disk (I/O in Workers, so not charged to a request). */
  diskCpuMs: number
}

/**
 * The stand-in for ASSETS, and the count of what was read through it.
 * `preload`: the files directly under the site's catalog/ folder (the
 * index, its columns, the answers manifest, the contract: what an isolate's
 * first request fetches) are read before the clock starts, so the cold
 * measure does not charge disk reads, which in Workers are asset fetches
 * (I/O), to the first request. Each body is a stream of CHUNK_BYTES chunks,
 * and `reads` counts the fetches and the bytes pulled from them.
 */
function diskAssets(site: string, preload = false): { assets: Fetcher; reads: AssetReads } {
  const reads: AssetReads = { fetches: 0, bytes: 0, diskCpuMs: 0 }
  const cache = new Map<string, Uint8Array | null>()
  if (preload) {
    for (const entry of readdirSync(join(site, 'catalog'), { withFileTypes: true })) {
      if (entry.isFile()) cache.set(`/catalog/${entry.name}`, readFileSync(join(site, 'catalog', entry.name)))
    }
  }
  const assets = {
    async fetch(input: Request | string): Promise<Response> {
      const path = decodeURIComponent(new URL(typeof input === 'string' ? input : input.url).pathname)
      if (!cache.has(path)) {
        const c0 = process.cpuUsage()
        try {
          cache.set(path, readFileSync(join(site, path)))
        } catch {
          cache.set(path, null)
        }
        const read = process.cpuUsage(c0)
        reads.diskCpuMs += (read.user + read.system) / 1000
      }
      const bytes = cache.get(path)
      reads.fetches++
      if (!bytes) return new Response('not found', { status: 404 })
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream'
      let at = 0
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          // A copy, as each chunk workerd hands over is new memory (and a view would share the cached file).
          const chunk = new Uint8Array(bytes.subarray(at, at + CHUNK_BYTES))
          at += chunk.length
          reads.bytes += chunk.length
          controller.enqueue(chunk)
          if (at >= bytes.length) controller.close()
        },
      })
      return new Response(bytes.length === 0 ? '' : body, { headers: { 'Content-Type': type, 'Content-Length': String(bytes.length) } })
    },
    connect() {
      throw new Error('not supported')
    },
  }
  return { assets: assets as unknown as Fetcher, reads }
}

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} }
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const heapMiB = () => {
  gc()
  return process.memoryUsage().heapUsed / (1024 * 1024)
}

interface Loaded {
  worker: Worker
  env: object
  reads: AssetReads
}

async function load(v: ChildVariant, disk = diskAssets(v.site)): Promise<Loaded> {
  const module = (await import(pathToFileURL(v.bundle).href)) as { default: Worker }
  return { worker: module.default, env: { ASSETS: disk.assets }, reads: disk.reads }
}

async function request(w: Loaded, url: string): Promise<Response> {
  const response = await w.worker.fetch(new Request(`http://localhost${url}`, { redirect: 'manual' }), w.env, ctx)
  await response.arrayBuffer()
  return response
}

/**
 * Node's Request, Response, Headers and body streams are JavaScript (undici),
 * loaded and compiled the first time a process uses them, and WebCrypto sets
 * itself up on first use: 100-130 ms of CPU that the first request would be
 * charged. workerd has them built in, so the cold measure uses them once
 * first (none of the Worker's code runs here).
 */
async function primeNodeWebApis(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const request = new Request('https://prime.invalid/a?b=1', { headers: { a: 'b' }, redirect: 'manual' })
    new URL(request.url).searchParams.get('b')
    const headers = new Headers({ 'Content-Type': 'text/plain', ETag: '"x"' })
    headers.set('Vary', 'Accept')
    headers.get('etag')
    // Iterating sorts and combines the fields (undici's JavaScript; built in in workerd): Hono's context and the quick path both do.
    for (const [name] of headers) headers.has(name)
    for (const body of [new Uint8Array(8), 'text', null]) {
      const response = new Response(body, { status: body === null ? 304 : 200, headers })
      response.headers.set('X-Prime', '1')
      await response.arrayBuffer()
    }
    await new Response(new Uint8Array(8).buffer).text()
    // The stand-in's bodies are streams (Node's web streams are JavaScript too; workerd's are built in).
    for (const read of ['text', 'arrayBuffer'] as const) {
      await new Response(new ReadableStream({ pull: (c) => (c.enqueue(new Uint8Array(8)), c.close()) }))[read]()
    }
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode('prime'))
    new TextDecoder().decode(new Uint8Array(1))
    btoa('prime')
  }
}

async function cold(v: ChildVariant, url: string) {
  await primeNodeWebApis()
  const disk = diskAssets(v.site, true)
  const heapBefore = heapMiB()
  const t0 = performance.now()
  const w = await load(v, disk)
  const t1 = performance.now()
  const heapAfterImport = heapMiB()
  const c0 = process.cpuUsage()
  const t2 = performance.now()
  w.reads.diskCpuMs = 0
  const first = await request(w, url)
  const t3 = performance.now()
  const cpu = process.cpuUsage(c0)
  return {
    url,
    importMs: t1 - t0,
    firstRequestMs: t3 - t2,
    // Files past the preloaded index (packs, kept answers) are read from disk during the request: not the Worker's CPU.
    firstRequestCpuMs: (cpu.user + cpu.system) / 1000 - w.reads.diskCpuMs,
    firstStatus: first.status,
    heapImportMiB: heapAfterImport - heapBefore,
    heapLoadedMiB: heapMiB() - heapBefore,
  }
}

/** Follows 301s to the canonical URL (at most 3), so samples measure answers. */
async function canonical(w: Loaded, url: string): Promise<string> {
  for (let i = 0; i < 3; i++) {
    const r = await request(w, url)
    const location = r.headers.get('Location')
    if (r.status !== 301 || !location) return url
    const next = new URL(location, 'http://localhost')
    url = next.pathname + next.search
  }
  return url
}

/**
 * Garbage collections, as Node reports them (perf_hooks 'gc' entries: start
 * on the performance.now() clock, duration, kind). Entries arrive after the
 * collection, so each route's are matched to its samples by time once the
 * route is done: which samples a full (mark-compact) collection fell in, and
 * the collection time inside each sample. That tells the tail a route's own
 * work makes from the tail collections make.
 */
function gcRecorder() {
  const seen: { start: number; end: number; major: boolean }[] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      seen.push({ start: e.startTime, end: e.startTime + e.duration, major: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR })
    }
  })
  observer.observe({ entryTypes: ['gc'] })
  return {
    /** Per window: full collections started in it, and milliseconds of any collection inside it. */
    async within(windows: [start: number, end: number][]): Promise<{ major: number[]; gcMs: number[] }> {
      await new Promise((resolve) => setTimeout(resolve, 5)) // let the last entries be delivered
      const major = windows.map(([a, b]) => seen.filter((g) => g.major && g.start >= a && g.start < b).length)
      const gcMs = windows.map(([a, b]) => seen.reduce((sum, g) => sum + Math.max(0, Math.min(b, g.end) - Math.max(a, g.start)), 0))
      seen.length = 0
      return { major, gcMs }
    },
    stop: () => observer.disconnect(),
  }
}

/** One call, timed: CPU of every thread and of the main thread alone, wall, status, and what it read. */
async function timedCall(w: Loaded, url: string) {
  const c0 = process.cpuUsage()
  const t0 = process.threadCpuUsage()
  const w0 = performance.now()
  let status = 'threw'
  let bytes = 0
  w.reads.fetches = 0
  w.reads.bytes = 0
  try {
    const response = await w.worker.fetch(new Request(`http://localhost${url}`, { redirect: 'manual' }), w.env, ctx)
    bytes = (await response.arrayBuffer()).byteLength
    status = String(response.status)
  } catch {
    // an error is a sample too: counted, and sampling goes on
  }
  const wall = performance.now() - w0
  const cpu = process.cpuUsage(c0)
  const thread = process.threadCpuUsage(t0)
  return { start: w0, wall, cpuMs: (cpu.user + cpu.system) / 1000, threadCpuMs: (thread.user + thread.system) / 1000, status, bytes, fetches: w.reads.fetches, readBytes: w.reads.bytes }
}

async function hot(config: ChildConfig) {
  const w = await load(config.variant)
  type Entry = RouteSamples & { majorGcs: number[]; gcMs: number[] }
  const results: Record<string, Entry> = {}
  const gcs = gcRecorder()
  for (const route of config.variant.routes) {
    const url = await canonical(w, route.url)
    const entry: Entry = { url, cpuMs: [], threadCpuMs: [], wallMs: [], errors: 0, statuses: {}, bytes: 0, fetches: [], readBytes: [], majorGcs: [], gcMs: [] }
    const windows: [number, number][] = []
    results[route.label] = entry
    for (let i = 0; i < config.warmup; i++) await request(w, url).catch(() => undefined)
    const started = performance.now()
    for (let i = 0; i < config.requests && performance.now() - started < config.maxMsPerRoute; i++) {
      const call = await timedCall(w, url)
      windows.push([call.start, call.start + call.wall])
      entry.cpuMs.push(call.cpuMs)
      entry.threadCpuMs.push(call.threadCpuMs)
      entry.wallMs.push(call.wall)
      entry.bytes = call.bytes
      entry.fetches.push(call.fetches)
      entry.readBytes.push(call.readBytes)
      entry.statuses[call.status] = (entry.statuses[call.status] ?? 0) + 1
      if (call.status === 'threw' || Number(call.status) >= 400) entry.errors++
    }
    const collected = await gcs.within(windows)
    entry.majorGcs = collected.major
    entry.gcMs = collected.gcMs
  }
  gcs.stop()
  return { routes: results, heapAfterRoutesMiB: heapMiB() }
}

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ChildConfig
// Workers log errors with console.error; keep stdout for the result.
console.error = () => {}
const result = config.mode === 'cold' ? await cold(config.variant, config.url ?? '/healthz') : await hot(config)
process.stdout.write(JSON.stringify(result))
