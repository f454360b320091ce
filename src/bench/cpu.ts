/**
 * CPU section: CPU time per request as Cloudflare bills it, approximated in
 * process: the Worker bundle wrangler would upload, imported in Node and
 * called as workerd calls it (fetch(request, env, ctx)), with ASSETS served
 * from the built folder on disk (cpu-child.ts says how). Not workerd: V8 is
 * the same engine, but the runtime around it is Node's. Per route, median
 * and p99 of user+sys CPU per call (process.cpuUsage; the p99 also of the main thread alone) after warm-up; start-up
 * from fresh processes: import time, the first request (after Node's own
 * lazily loaded web APIs are used once: workerd has them built in), heap.
 * Every process measures one variant, so one variant's garbage is never
 * collected in another's samples; the hot samples come from HOT_ROUNDS
 * processes per variant, alternating, so load from elsewhere on a shared
 * machine falls on every variant alike.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BenchRoute } from './routes.ts'
import { median, percentile, ratio } from './stats.ts'
import { type Cell, formatNumber, markdownTable } from './table.ts'
import { BenchError, type Variant } from './variant.ts'

export interface CpuTarget {
  variant: Variant
  bundle: string
  site: string
  routes: BenchRoute[]
}

export interface RouteSamples {
  url: string
  cpuMs: number[]
  /**
   * The main thread's CPU alone (process.threadCpuUsage): without the time
   * V8's helper threads spend collecting garbage in parallel, which
   * process.cpuUsage counts and which shows most in the p99.
   */
  threadCpuMs: number[]
  wallMs: number[]
  errors: number
  statuses: Record<string, number>
  bytes: number
  /** ASSETS fetches per answer, and the bytes read from their bodies (the stand-in streams them in chunks, as workerd does). */
  fetches: number[]
  readBytes: number[]
  /**
   * Per sample: full (mark-compact) garbage collections that started during
   * it, and milliseconds of any collection inside it (cpu-child.ts
   * `gcRecorder`). Absent from results written before they were recorded.
   */
  majorGcs?: number[]
  gcMs?: number[]
}

export interface ColdSample {
  /** The first request's URL. */
  url: string
  importMs: number
  firstRequestMs: number
  firstRequestCpuMs: number
  firstStatus: number
  heapImportMiB: number
  heapLoadedMiB: number
}

export interface SizeCpu {
  size: number
  /** variant name → route label → samples */
  routes: Map<string, Record<string, RouteSamples>>
  cold: Map<string, ColdSample[]>
  /** variant name → the largest heap after every route was sampled, in its own process */
  heapAfterRoutesMiB: Map<string, number>
}

export interface CpuOptions {
  requests: number
  warmup: number
  maxMsPerRoute: number
  coldRuns: number
  scratch: string
  /** The first requests measured, each in fresh processes: /healthz, a kept answer, a filtered query. */
  coldUrls: string[]
}

const CHILD = new URL('./cpu-child.ts', import.meta.url).pathname

function runChild(config: object, scratch: string): unknown {
  const file = join(scratch, 'cpu-config.json')
  writeFileSync(file, JSON.stringify(config))
  const run = spawnSync(process.execPath, ['--expose-gc', '--no-warnings', CHILD, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (run.status !== 0) throw new BenchError(`cpu: the measuring process failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`)
  return JSON.parse(run.stdout)
}

const childVariant = (t: CpuTarget) => ({ name: t.variant.name, bundle: t.bundle, site: t.site, routes: t.routes })

/** Hot processes per variant and size; each takes its share of the requests and of the time per route. */
export const HOT_ROUNDS = 2

export function measureCpu(size: number, targets: CpuTarget[], o: CpuOptions): SizeCpu {
  const cold = new Map<string, ColdSample[]>(targets.map((t) => [t.variant.name, []]))
  for (let i = 0; i < o.coldRuns; i++) {
    for (const url of o.coldUrls) {
      for (const t of targets) {
        cold.get(t.variant.name)!.push(runChild({ mode: 'cold', variant: childVariant(t), url, requests: 0, warmup: 0, maxMsPerRoute: 0 }, o.scratch) as ColdSample)
      }
    }
  }
  const routes = new Map<string, Record<string, RouteSamples>>(targets.map((t) => [t.variant.name, {}]))
  const heapAfterRoutesMiB = new Map<string, number>()
  for (let round = 0; round < HOT_ROUNDS; round++) {
    for (const t of round % 2 === 0 ? targets : [...targets].reverse()) {
      const share = { requests: Math.ceil(o.requests / HOT_ROUNDS), maxMsPerRoute: o.maxMsPerRoute / HOT_ROUNDS }
      const hot = runChild({ mode: 'hot', variant: childVariant(t), warmup: o.warmup, ...share }, o.scratch) as { routes: Record<string, RouteSamples>; heapAfterRoutesMiB: number }
      mergeSamples(routes.get(t.variant.name)!, hot.routes)
      heapAfterRoutesMiB.set(t.variant.name, Math.max(heapAfterRoutesMiB.get(t.variant.name) ?? 0, hot.heapAfterRoutesMiB))
    }
  }
  return { size, routes, cold, heapAfterRoutesMiB }
}

/** Adds one process's samples to those of the variant's earlier processes, route by route. */
export function mergeSamples(into: Record<string, RouteSamples>, from: Record<string, RouteSamples>): void {
  for (const [label, s] of Object.entries(from)) {
    const kept = into[label]
    if (!kept) {
      into[label] = s
      continue
    }
    kept.cpuMs.push(...s.cpuMs)
    kept.threadCpuMs.push(...s.threadCpuMs)
    kept.wallMs.push(...s.wallMs)
    kept.fetches.push(...s.fetches)
    kept.readBytes.push(...s.readBytes)
    if (s.majorGcs) kept.majorGcs = [...(kept.majorGcs ?? []), ...s.majorGcs]
    if (s.gcMs) kept.gcMs = [...(kept.gcMs ?? []), ...s.gcMs]
    kept.errors += s.errors
    for (const [status, n] of Object.entries(s.statuses)) kept.statuses[status] = (kept.statuses[status] ?? 0) + n
    kept.bytes = s.bytes
  }
}

/** "fetches / KiB": the median ASSETS fetches and body bytes one answer read. */
function reads(s: RouteSamples | undefined): string {
  if (!s?.fetches?.length) return 'n/a'
  return `${formatNumber(median(s.fetches))} / ${formatNumber(median(s.readBytes) / 1024)}`
}

/**
 * "samples with a full collection / p99 of the others": the tail garbage
 * collection makes, told from the route's own work. A full collection is
 * set off by what every earlier answer left (and, here, by the harness's
 * copies), so it falls on whichever sample is running.
 */
function collections(s: RouteSamples | undefined): string {
  if (!s?.majorGcs?.length) return 'n/a'
  const withMajor = s.majorGcs.filter((n) => n > 0).length
  const others = s.cpuMs.filter((_, i) => (s.majorGcs![i] ?? 0) === 0)
  return `${withMajor} / ${formatNumber(percentile(others, 99))}`
}

/**
 * "samples with any collection / CPU p99 / main-thread p99 of the others":
 * the samples no collection (full or young-generation) overlapped on the
 * main thread, which is what the route's own work costs. A second figure
 * beside the p99 of every sample, never instead of it: Cloudflare bills the
 * collections that happen. The others' CPU can still hold V8's helper
 * threads marking or sweeping for a collection started in an earlier sample.
 */
function withoutCollections(s: RouteSamples | undefined): string {
  if (!s?.gcMs?.length) return 'n/a'
  const clear = (i: number) => (s.gcMs![i] ?? 0) === 0
  const cpu = s.cpuMs.filter((_, i) => clear(i))
  const thread = s.threadCpuMs.filter((_, i) => clear(i))
  return `${s.cpuMs.length - cpu.length} / ${formatNumber(percentile(cpu, 99))} / ${formatNumber(percentile(thread, 99))}`
}

/** Statuses other than 200, e.g. "404×3": what the errors were. */
function statusNote(s: RouteSamples | undefined): string {
  if (!s) return 'not run'
  const other = Object.entries(s.statuses).filter(([status]) => status !== '200')
  return other.length ? other.map(([status, n]) => `${status}×${n}`).join(' ') : ''
}

export function cpuTables(results: SizeCpu[], variants: Variant[], limitMs: number, isolateLimitMiB: number): string[] {
  const base = variants.length > 1
  const head = ['route (URL sampled at the first size)']
  for (const r of results) {
    const n = r.size.toLocaleString('en-US')
    head.push(`${n}: CPU median (ms)`, `${n}: CPU p99 (ms)`, `${n}: main-thread CPU p99 (ms)`)
    if (base) head.push(`${n}: baseline median (ms)`, `${n}: ratio`, `${n}: baseline p99 (ms)`, `${n}: baseline main-thread p99 (ms)`)
    head.push(`${n}: fetches / KiB read (median)`)
    if (base) head.push(`${n}: baseline fetches / KiB read`)
    head.push(`${n}: samples with a full GC / CPU p99 of the others (ms)`)
    if (base) head.push(`${n}: baseline samples with a full GC / p99 of the others`)
    head.push(`${n}: samples with any GC / CPU p99 / main-thread p99 of the others (ms)`)
    if (base) head.push(`${n}: baseline samples with any GC / p99 / main-thread p99 of the others`)
    head.push(`${n}: samples`, `${n}: errors`)
  }
  const labels = Object.keys(results[0]?.routes.get(variants[0]!.name) ?? {})
  const rows: Cell[][] = labels.map((label) => {
    const first = results[0]!.routes.get(variants[0]!.name)![label]!
    const row: Cell[] = [`${label}: \`${first.url}\``]
    for (const r of results) {
      const s = r.routes.get(variants[0]!.name)?.[label]
      const m = median(s?.cpuMs ?? [])
      row.push(m, percentile(s?.cpuMs ?? [], 99), percentile(s?.threadCpuMs ?? [], 99))
      if (base) {
        const b = r.routes.get(variants[1]!.name)?.[label]
        const bm = median(b?.cpuMs ?? [])
        row.push(bm, ratio(m, bm), percentile(b?.cpuMs ?? [], 99), percentile(b?.threadCpuMs ?? [], 99))
      }
      row.push(reads(s))
      if (base) row.push(reads(r.routes.get(variants[1]!.name)?.[label]))
      row.push(collections(s))
      if (base) row.push(collections(r.routes.get(variants[1]!.name)?.[label]))
      row.push(withoutCollections(s))
      if (base) row.push(withoutCollections(r.routes.get(variants[1]!.name)?.[label]))
      const note = statusNote(s)
      row.push(s?.cpuMs.length ?? 0, `${s?.errors ?? 0}${note ? ` (${note})` : ''}`)
    }
    return row
  })
  const over = labels.filter((l) => results.some((r) => percentile(r.routes.get(variants[0]!.name)?.[l]?.cpuMs ?? [], 99) > limitMs))
  const startHead = ['start-up (fresh process, median)']
  for (const r of results) for (const v of variants) startHead.push(`${r.size.toLocaleString('en-US')}: ${v.name}`)
  // Samples of one first URL (the first is /healthz, which loads the catalog index), or of all when url is undefined.
  const coldRow = (name: string, pick: (c: ColdSample) => number, url?: string): Cell[] => [
    name,
    ...results.flatMap((r) => variants.map((v) => median((r.cold.get(v.name) ?? []).filter((c) => url === undefined || c.url === url).map(pick)))),
  ]
  const coldUrls = [...new Set(results.flatMap((r) => [...r.cold.values()].flat().map((c) => c.url)))]
  const startRows: Cell[][] = [
    coldRow('import the bundle (ms)', (c) => c.importMs),
    ...coldUrls.flatMap((url) => [
      coldRow(`first request, \`${url}\`: CPU (ms)`, (c) => c.firstRequestCpuMs, url),
      coldRow(`first request, \`${url}\`: wall (ms)`, (c) => c.firstRequestMs, url),
    ]),
    coldRow('heap after import (MiB)', (c) => c.heapImportMiB),
    coldRow(`heap after the first request, \`${coldUrls[0]}\` (MiB; it loads the catalog index)`, (c) => c.heapLoadedMiB, coldUrls[0]),
    ['heap after every route was sampled, in its own process (MiB, largest)', ...results.flatMap((r) => variants.map((v) => r.heapAfterRoutesMiB.get(v.name)))],
  ]
  const note = over.length ? `Routes whose p99 is over the free plan's ${limitMs} ms CPU (in process, not workerd): ${over.join('; ')}.` : `No route's p99 is over the free plan's ${limitMs} ms CPU.`
  const heaps = results.flatMap((r) => [...r.heapAfterRoutesMiB.values(), ...[...r.cold.values()].flat().map((c) => c.heapLoadedMiB)]).filter((h) => Number.isFinite(h))
  const heapNote = `Largest JS heap measured: ${formatNumber(Math.max(...heaps))} MiB, against the ${isolateLimitMiB} MB per isolate of the free plan (the heap is most, not all, of an isolate's memory).`
  return [markdownTable(head, rows), note, markdownTable(startHead, startRows), heapNote]
}
