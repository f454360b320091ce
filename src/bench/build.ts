/**
 * Build section: the real build CLI in a child process under /usr/bin/time
 * (wall, user+sys CPU, peak RSS of the largest process), with per-stage wall
 * times from its --timings file; a full build per size and run, then an
 * incremental rebuild after adding 1% new articles to the same seeds and
 * output (whatever the build reuses, or not, is what is measured).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { addSeeds, prepareSeeds, type SourcePool } from './corpus.ts'
import { growthExponent, median, ratio } from './stats.ts'
import { type Cell, markdownTable } from './table.ts'
import { BenchError, tsxCommand, type Variant } from './variant.ts'
import type { Timings } from '../cli/timings.ts'

export interface BuildRun {
  wallS: number
  cpuS: number
  peakMiB: number
  /** Articles served after the build (duplicates folded). */
  articles: number
  /** Wall ms per stage; undefined when the variant's build has no --timings. */
  stages?: Record<string, number>
  /** Peak resident MiB per stage (every thread); undefined when the variant's --timings has none (src/cli/timings.ts). */
  stagePeakMiB?: Record<string, number>
  /** The main thread's heap in use at each stage's end, MiB; undefined as stagePeakMiB. */
  stageHeapMiB?: Record<string, number>
}

export interface SizeBuilds {
  size: number
  /** Per variant name: full builds, then incremental rebuilds, one of each per run. */
  full: Map<string, BuildRun[]>
  incremental: Map<string, BuildRun[]>
  added: number
}

/** Fixed so first-seen dates, and so outputs, are the same in every run. */
const EPOCH = '1700000000'

export function runBuild(v: Variant, seeds: string, out: string, timingsFile: string): BuildRun {
  const timings = readFileSync(join(v.root, 'src/cli/build.ts'), 'utf8').includes('--timings')
  rmSync(timingsFile, { force: true })
  const [node, ...args] = [...tsxCommand(v), 'src/cli/build.ts', '--seeds', seeds, '--out', out, '--quiet', '--keep-going', ...(timings ? ['--timings', timingsFile] : [])]
  const run = spawnSync('/usr/bin/time', ['-f', 'GAZETTE_TIME %e %U %S %M', node!, ...args], {
    cwd: v.root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new BenchError(`build failed in ${v.name} (exit ${run.status}):\n${run.stderr.slice(-2000)}`)
  const time = /GAZETTE_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr)
  if (!time) throw new BenchError(`/usr/bin/time printed nothing usable for ${v.name}`)
  const articles = Number(/^(\d+) articles from/m.exec(run.stdout)?.[1] ?? NaN)
  const stageFile = timings && existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Timings) : undefined
  // A build that measures its stages' peaks resets the kernel's high-water mark (src/cli/memory.ts), so /usr/bin/time alone may see less than its peak.
  const peakMiB = Math.max(Number(time[4]) / 1024, stageFile?.processPeakRssMiB ?? 0)
  return { wallS: Number(time[1]), cpuS: Number(time[2]) + Number(time[3]), peakMiB, articles, stages: stageFile?.stages, stagePeakMiB: stageFile?.peakRssMiB, stageHeapMiB: stageFile?.heapUsedMiB }
}

export interface BuildPlan {
  variants: Variant[]
  pool: SourcePool
  topicsJson: string
  runs: number
  /** Measure (full and incremental) or only build once for later sections. */
  measure: boolean
  /** Whether measuring includes the rebuild after adding 1% (at 100,000 it adds minutes). */
  rebuild: boolean
  seedsDir: (size: number) => string
  outDir: (v: Variant, size: number) => string
  /** Where the n-article site is kept for the other sections. */
  siteDir: (v: Variant, size: number) => string
  log: (line: string) => void
}

export function buildSize(plan: BuildPlan, size: number): SizeBuilds {
  const result: SizeBuilds = { size, full: new Map(), incremental: new Map(), added: Math.max(1, Math.round(size / 100)) }
  const runs = plan.measure ? plan.runs : 1
  for (let run = 0; run < runs; run++) {
    for (const v of plan.variants) {
      const seeds = plan.seedsDir(size)
      const out = plan.outDir(v, size)
      prepareSeeds(seeds, plan.pool, size, plan.topicsJson)
      rmSync(out, { recursive: true, force: true })
      // And the build cache beside it (build.ts's default --cache): a second run's full build would
      // otherwise reuse the first run's per-article results and kept items.
      rmSync(join(dirname(out), 'cache'), { recursive: true, force: true })
      plan.log(`build ${size} articles, ${v.name}, run ${run + 1}/${runs}`)
      const full = runBuild(v, seeds, out, `${out}.timings.json`)
      push(result.full, v.name, full)
      if (run === runs - 1) {
        rmSync(plan.siteDir(v, size), { recursive: true, force: true })
        cpSync(out, plan.siteDir(v, size), { recursive: true })
      }
      if (!plan.measure || !plan.rebuild) continue
      addSeeds(seeds, plan.pool, size, size + result.added)
      plan.log(`rebuild after adding ${result.added} articles, ${v.name}`)
      push(result.incremental, v.name, runBuild(v, seeds, out, `${out}.timings.json`))
    }
  }
  return result
}

/**
 * A stage's rows: its wall time, then the peak resident memory while it ran
 * and the main thread's heap at its end (NaN, an empty cell, for a variant
 * whose build does not report them).
 */
function stageMetrics(stage: string, prefix: string): [string, (b: BuildRun) => number, boolean][] {
  return [
    [`${prefix}stage ${stage} (s)`, (b) => (b.stages?.[stage] ?? NaN) / 1000, true],
    [`${prefix}stage ${stage}: peak memory (MiB)`, (b) => b.stagePeakMiB?.[stage] ?? NaN, true],
    [`${prefix}stage ${stage}: main-thread heap at its end (MiB)`, (b) => b.stageHeapMiB?.[stage] ?? NaN, true],
  ]
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value])
}

/** Rows of metrics; per size a column per variant (and the ratio with a baseline); then growth exponents between sizes. */
export function buildTable(results: SizeBuilds[], variants: Variant[]): string {
  const stageNames = [...new Set(results.flatMap((r) => [...r.full.values()].flat().flatMap((b) => Object.keys(b.stages ?? {}))))]
  const metrics: [string, (b: BuildRun, size: number) => number, boolean][] = [
    ['wall (s)', (b) => b.wallS, true],
    ['CPU user+sys (s)', (b) => b.cpuS, true],
    ['articles per second (seeds / wall)', (b, size) => size / b.wallS, false],
    ['peak memory (MiB)', (b) => b.peakMiB, true],
    ['articles served', (b) => b.articles, false],
    ...stageNames.flatMap((s) => stageMetrics(s, '')),
  ]
  const head = ['metric (median)']
  for (const r of results) {
    for (const v of variants) head.push(`${r.size.toLocaleString('en-US')}: ${v.name}`)
    if (variants.length > 1) head.push(`${r.size.toLocaleString('en-US')}: ratio`)
  }
  for (let i = 1; i < results.length; i++) head.push(`exponent ${results[i - 1]!.size.toLocaleString('en-US')}→${results[i]!.size.toLocaleString('en-US')}`)
  const cells = (kind: 'full' | 'incremental', metric: (b: BuildRun, size: number) => number, growth: boolean): Cell[] => {
    const values = results.map((r) => variants.map((v) => median((r[kind].get(v.name) ?? []).map((b) => metric(b, r.size)))))
    const row: Cell[] = []
    for (const vs of values) {
      row.push(...vs)
      if (variants.length > 1) row.push(ratio(vs[0]!, vs[1]!))
    }
    for (let i = 1; i < results.length; i++) {
      row.push(growth ? growthExponent(results[i - 1]!.size, values[i - 1]![0]!, results[i]!.size, values[i]![0]!) : '')
    }
    return row
  }
  const rows: Cell[][] = metrics.map(([name, metric, growth]) => [name, ...cells('full', metric, growth)])
  if (results.some((r) => r.incremental.size > 0)) {
    rows.push([`rebuild after adding 1% (${results.map((r) => r.added).join(', ')} articles): wall (s)`, ...cells('incremental', (b) => b.wallS, true)])
    rows.push(['rebuild after adding 1%: CPU user+sys (s)', ...cells('incremental', (b) => b.cpuS, true)])
    rows.push(['rebuild after adding 1%: peak memory (MiB)', ...cells('incremental', (b) => b.peakMiB, true)])
    // What each stage costs in the rebuild: which stages update and which redo the whole corpus.
    for (const [name, metric, growth] of stageNames.flatMap((s) => stageMetrics(s, 'rebuild after adding 1%: '))) rows.push([name, ...cells('incremental', metric, growth)])
    const share: Cell[] = ['rebuild wall / full build wall']
    for (const r of results) {
      const wall = (kind: 'full' | 'incremental', v: Variant) => median((r[kind].get(v.name) ?? []).map((b) => b.wallS))
      share.push(...variants.map((v) => ratio(wall('incremental', v), wall('full', v))))
      if (variants.length > 1) share.push('')
    }
    rows.push([...share, ...results.slice(1).map(() => '')])
  }
  return markdownTable(head, rows)
}
