/**
 * Runs in a fresh Node process (plain Node, types stripped; spawned with
 * --expose-gc) for the cpu section. It imports the Worker bundle wrangler
 * would upload and calls its fetch(request, env, ctx) in process: the
 * handler alone, no HTTP. ASSETS is served from the built dist/site folder
 * on disk, standing in for Workers Static Assets; each file is read once
 * and then kept in memory, so disk reads (I/O in Workers, not billed CPU)
 * stay out of the samples after warm-up.
 *
 * Modes: `cold` (one variant: Node's own web APIs used once, then import
 * time, first request, heap) and `hot`
 * (every variant imported, routes sampled in turn, variants interleaved).
 * Prints one JSON result on stdout.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

interface ChildVariant {
  name: string
  bundle: string
  site: string
  routes: { label: string; url: string }[]
}

interface ChildConfig {
  mode: 'cold' | 'hot'
  variants: ChildVariant[]
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
}

/**
 * The stand-in for ASSETS. `preload`: the files directly under the site's
 * catalog/ folder (the index, its columns, the answers manifest, the
 * contract: what an isolate's first request fetches) are read before the
 * clock starts, so the cold measure does not charge disk reads, which in
 * Workers are asset fetches (I/O), to the first request. Each body is a
 * stream of CHUNK_BYTES chunks, and `reads` counts the fetches and the
 * bytes pulled from them.
 */
function diskAssets(site: string, preload = false, reads: AssetReads = { fetches: 0, bytes: 0 }) {
  const cache = new Map<string, Uint8Array | null>()
  if (preload) {
    for (const entry of readdirSync(join(site, 'catalog'), { withFileTypes: true })) {
      if (entry.isFile()) cache.set(`/catalog/${entry.name}`, readFileSync(join(site, 'catalog', entry.name)))
    }
  }
  return {
    async fetch(input: Request | string): Promise<Response> {
      const path = decodeURIComponent(new URL(typeof input === 'string' ? input : input.url).pathname)
      if (!cache.has(path)) {
        try {
          cache.set(path, readFileSync(join(site, path)))
        } catch {
          cache.set(path, null)
        }
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

async function load(v: ChildVariant, reads: AssetReads = { fetches: 0, bytes: 0 }, ASSETS = diskAssets(v.site, false, reads)): Promise<Loaded> {
  const module = (await import(pathToFileURL(v.bundle).href)) as { default: Worker }
  return { worker: module.default, env: { ASSETS }, reads }
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
    for (const body of [new Uint8Array(8), 'text', null]) {
      const response = new Response(body, { status: body === null ? 304 : 200, headers })
      response.headers.set('X-Prime', '1')
      await response.arrayBuffer()
    }
    await new Response(new Uint8Array(8).buffer).text()
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode('prime'))
    new TextDecoder().decode(new Uint8Array(1))
    btoa('prime')
  }
}

async function cold(v: ChildVariant) {
  await primeNodeWebApis()
  const reads = { fetches: 0, bytes: 0 }
  const assets = diskAssets(v.site, true, reads)
  const heapBefore = heapMiB()
  const t0 = performance.now()
  const w = await load(v, reads, assets)
  const t1 = performance.now()
  const heapAfterImport = heapMiB()
  const c0 = process.cpuUsage()
  const t2 = performance.now()
  const first = await request(w, '/healthz')
  const t3 = performance.now()
  const cpu = process.cpuUsage(c0)
  return {
    importMs: t1 - t0,
    firstRequestMs: t3 - t2,
    firstRequestCpuMs: (cpu.user + cpu.system) / 1000,
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

async function hot(config: ChildConfig) {
  const loaded = await Promise.all(config.variants.map((v) => load(v)))
  const labels = config.variants[0]!.routes.map((r) => r.label)
  type Entry = { url: string; cpuMs: number[]; threadCpuMs: number[]; wallMs: number[]; errors: number; statuses: Record<string, number>; bytes: number; fetches: number[]; readBytes: number[] }
  const results: Record<string, Record<string, Entry>> = {}
  for (const v of config.variants) results[v.name] = {}
  for (const label of labels) {
    const targets = await Promise.all(
      config.variants.map(async (v, i) => {
        const route = v.routes.find((r) => r.label === label)
        const url = route ? await canonical(loaded[i]!, route.url) : undefined
        const entry: Entry = { url: url ?? '(no such route)', cpuMs: [], threadCpuMs: [], wallMs: [], errors: 0, statuses: {}, bytes: 0, fetches: [], readBytes: [] }
        results[v.name]![label] = entry
        return { w: loaded[i]!, url, entry }
      }),
    )
    for (const t of targets) for (let i = 0; i < config.warmup && t.url; i++) await request(t.w, t.url).catch(() => undefined)
    const started = performance.now()
    for (let i = 0; i < config.requests && performance.now() - started < config.maxMsPerRoute; i++) {
      for (const t of targets) {
        if (!t.url) continue
        const c0 = process.cpuUsage()
        const t0 = process.threadCpuUsage()
        const w0 = performance.now()
        let status = 'threw'
        t.w.reads.fetches = 0
        t.w.reads.bytes = 0
        try {
          const response = await t.w.worker.fetch(new Request(`http://localhost${t.url}`, { redirect: 'manual' }), t.w.env, ctx)
          t.entry.bytes = (await response.arrayBuffer()).byteLength
          status = String(response.status)
        } catch {
          // an error is a sample too: counted, and sampling goes on
        }
        const wall = performance.now() - w0
        const cpu = process.cpuUsage(c0)
        const thread = process.threadCpuUsage(t0)
        t.entry.cpuMs.push((cpu.user + cpu.system) / 1000)
        t.entry.threadCpuMs.push((thread.user + thread.system) / 1000)
        t.entry.wallMs.push(wall)
        t.entry.fetches.push(t.w.reads.fetches)
        t.entry.readBytes.push(t.w.reads.bytes)
        t.entry.statuses[status] = (t.entry.statuses[status] ?? 0) + 1
        if (status === 'threw' || Number(status) >= 400) t.entry.errors++
      }
    }
  }
  return { routes: results, heapAfterRoutesMiB: heapMiB() }
}

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ChildConfig
// Workers log errors with console.error; keep stdout for the result.
console.error = () => {}
const result = config.mode === 'cold' ? await cold(config.variants[0]!) : await hot(config)
process.stdout.write(JSON.stringify(result))
