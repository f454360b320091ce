/**
 * `npm run bench -- --data PATH [--baseline REF] [--runs N] [--requests N]`
 *
 * Measures the build (wall time, peak memory) on every *.txt under PATH used
 * as seeds, and the Worker (request latency per route under `wrangler dev`
 * on loopback). With --baseline, the same measurements run on git revision
 * REF side by side, interleaved run by run so machine load hits both alike,
 * and the table shows medians and the ratio current / baseline.
 * Data is copied to a temporary folder, never into the repository.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { listSeedFiles } from '../pipeline/read.ts'

interface Variant {
  name: string
  root: string
  site: string
}

const ROUTES = [
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/api/articles?limit=50',
  '/api/articles?q=government',
  '/api/topics',
  '/',
]

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function fail(message: string): never {
  process.stderr.write(`gazette bench: ${message}\n`)
  process.exit(2)
}

function prepareSeeds(dataPath: string, work: string, repo: string): string {
  const seeds = join(work, 'seeds')
  const files = listSeedFiles(dataPath)
  if (files.length === 0) fail(`no *.txt files under ${dataPath}`)
  for (const file of files) {
    mkdirSync(dirname(join(seeds, file)), { recursive: true })
    cpSync(join(dataPath, file), join(seeds, file))
  }
  cpSync(join(repo, 'seeds/topics.json'), join(seeds, 'topics.json'))
  return seeds
}

function build(variant: Variant, seeds: string): { seconds: number; rssMb: number } {
  rmSync(join(seeds, 'catalog.json'), { force: true })
  const timed = existsSync('/usr/bin/time')
  const command = [join(variant.root, 'node_modules/.bin/tsx'), 'src/cli/build.ts', '--seeds', seeds, '--out', variant.site, '--quiet', '--keep-going']
  const started = performance.now()
  const run = timed
    ? spawnSync('/usr/bin/time', ['-f', 'GAZETTE_RSS_KB=%M', ...command], { cwd: variant.root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } })
    : spawnSync(command[0]!, command.slice(1), { cwd: variant.root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) fail(`build failed in ${variant.name}:\n${run.stderr}`)
  const rss = /GAZETTE_RSS_KB=(\d+)/.exec(run.stderr ?? '')
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN }
}

async function waitForServer(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) fail(`wrangler dev exited with ${child.exitCode}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  fail(`the Worker did not answer at ${url} within 60 s`)
}

async function measureWorker(variant: Variant, port: number, requests: number): Promise<Map<string, number[]>> {
  const child = spawn(join(variant.root, 'node_modules/.bin/wrangler'), ['dev', '--port', String(port), '--ip', '127.0.0.1', '--assets', variant.site, '--show-interactive-dev-session=false', '--log-level', 'error'], {
    cwd: variant.root,
    stdio: 'ignore',
  })
  const base = `http://127.0.0.1:${port}`
  const times = new Map<string, number[]>()
  try {
    await waitForServer(`${base}/healthz`, child)
    for (const route of ROUTES) {
      await (await fetch(base + route)).arrayBuffer() // warm the isolate and caches
      const samples: number[] = []
      for (let i = 0; i < requests; i++) {
        const started = performance.now()
        const response = await fetch(base + route, { redirect: 'manual' })
        await response.arrayBuffer()
        if (response.status >= 400) break
        samples.push(performance.now() - started)
      }
      times.set(route, samples)
    }
  } finally {
    child.kill('SIGTERM')
  }
  return times
}

function baselineVariant(ref: string, repo: string, work: string): Variant {
  const root = join(work, 'baseline')
  const added = spawnSync('git', ['worktree', 'add', '--detach', root, ref], { cwd: repo, encoding: 'utf8' })
  if (added.status !== 0) fail(`cannot check out baseline ${ref}: ${added.stderr.trim()}`)
  const sameLock = readFileSync(join(repo, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8')
  if (sameLock) symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'))
  else if (spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0) fail('npm ci failed for the baseline')
  return { name: `baseline (${ref})`, root, site: join(work, 'site-baseline') }
}

async function main(): Promise<void> {
  let values
  try {
    values = parseArgs({ options: { data: { type: 'string' }, baseline: { type: 'string' }, runs: { type: 'string', default: '5' }, requests: { type: 'string', default: '50' } } }).values
  } catch (error) {
    fail(`${(error as Error).message}\nusage: npm run bench -- --data PATH [--baseline REF] [--runs N] [--requests N]`)
  }
  if (!values.data) fail('--data PATH is required (a folder of *.txt articles, for example ../shared/data/bbc-dev/articles)')
  const runs = Number(values.runs)
  const requests = Number(values.requests)
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1, got "${values.runs}"`)
  if (!Number.isInteger(requests) || requests < 1) fail(`--requests must be a whole number ≥ 1, got "${values.requests}"`)

  const repo = resolve('.')
  const work = mkdtempSync(join(tmpdir(), 'gazette-bench-'))
  const seeds = prepareSeeds(resolve(values.data), work, repo)
  const variants: Variant[] = [{ name: 'current', root: repo, site: join(work, 'site-current') }]
  try {
    if (values.baseline) variants.push(baselineVariant(values.baseline, repo, work))
    const builds = new Map(variants.map((v) => [v.name, [] as { seconds: number; rssMb: number }[]]))
    for (let run = 0; run < runs; run++) for (const v of variants) builds.get(v.name)!.push(build(v, seeds))
    const latencies = new Map<string, Map<string, number[]>>()
    for (const [i, v] of variants.entries()) latencies.set(v.name, await measureWorker(v, 8900 + i, requests))
    printTable(variants, builds, latencies, listSeedFiles(seeds).length, runs, requests)
  } finally {
    if (values.baseline) spawnSync('git', ['worktree', 'remove', '--force', join(work, 'baseline')], { cwd: repo })
    rmSync(work, { recursive: true, force: true })
  }
}

function printTable(
  variants: Variant[],
  builds: Map<string, { seconds: number; rssMb: number }[]>,
  latencies: Map<string, Map<string, number[]>>,
  seedCount: number,
  runs: number,
  requests: number,
): void {
  const rows: [string, number[]][] = [
    ['build wall time (s)', variants.map((v) => median(builds.get(v.name)!.map((b) => b.seconds)))],
    ['build articles per second', variants.map((v) => seedCount / median(builds.get(v.name)!.map((b) => b.seconds)))],
    ['build peak memory (MiB)', variants.map((v) => median(builds.get(v.name)!.map((b) => b.rssMb)))],
    ...ROUTES.map((route): [string, number[]] => [`GET ${route} (ms)`, variants.map((v) => median(latencies.get(v.name)!.get(route) ?? []))]),
  ]
  const head = ['metric (median)', ...variants.map((v) => v.name), ...(variants.length > 1 ? ['ratio'] : [])]
  const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n.toFixed(2))
  console.log(`${seedCount} seeds; ${runs} build runs and ${requests} requests per route per variant; medians.\n`)
  console.log(`| ${head.join(' | ')} |`)
  console.log(`|${head.map(() => ' --- ').join('|')}|`)
  for (const [metric, values] of rows) {
    const ratio = values.length > 1 ? [fmt(values[0]! / values[1]!)] : []
    console.log(`| ${[metric, ...values.map(fmt), ...ratio].join(' | ')} |`)
  }
}

await main()
