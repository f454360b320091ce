/**
 * `npm run bench -- --data PATH [--sizes 2000,10000] [--sections build,cpu,load,render,deploy,d1] [--baseline REF]`
 *   `[--runs N] [--requests N] [--cold N] [--load-seconds S] [--connections N] [--iterations N] [--no-rebuild] [--keep]`
 *
 * What a user needs to know about speed and cost, in one run: a synthetic
 * corpus made from the real articles under PATH (`<category>/<n>.txt`,
 * e.g. ../shared/data/bbc-dev/articles) at each size, built and served; one
 * markdown table per section (src/bench/ says what each measures and how).
 * With --baseline REF the build, cpu, load and deploy sections also run
 * git revision REF (a worktree), interleaved, with ratio = current /
 * baseline. Everything is written to a temporary folder, removed at the end
 * unless --keep; nothing from PATH enters the repository. --no-rebuild
 * skips the build section's rebuild after adding 1% (minutes at 100,000).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type BuildPlan, buildSize, buildTable, type SizeBuilds } from '../bench/build.ts'
import { readSources } from '../bench/corpus.ts'
import { cpuTables, HOT_ROUNDS, measureCpu, type SizeCpu } from '../bench/cpu.ts'
import { measureD1, type SizeD1 } from '../bench/d1.ts'
import { d1Tables, QUOTA_SIZE } from '../bench/d1-table.ts'
import { assetStats, type Bundle, bundleWorker, deployTable, LIMITS, type SizeDeploy } from '../bench/deploy.ts'
import { loadTable, measureLoad, type SizeLoad } from '../bench/load.ts'
import { measureRenderers, renderTable } from '../bench/renderers.ts'
import { benchRoutes, coldUrls } from '../bench/routes.ts'
import { section } from '../bench/table.ts'
import { baselineVariant, BenchError, removeBaseline, shortCommit, type Variant } from '../bench/variant.ts'

const SECTIONS = ['build', 'cpu', 'load', 'render', 'deploy', 'd1'] as const
/** What runs without --sections: d1 starts Miniflare and is asked for by name. */
const DEFAULT_SECTIONS = ['build', 'cpu', 'load', 'render', 'deploy']
type Section = (typeof SECTIONS)[number]

const USAGE =
  'usage: npm run bench -- --data PATH [--sizes 2000,10000] [--sections build,cpu,load,render,deploy,d1] [--baseline REF]\n' +
  '         [--runs N] [--requests N] [--cold N] [--load-seconds S] [--connections N] [--iterations N] [--no-rebuild] [--keep]'

function fail(message: string): never {
  process.stderr.write(`gazette bench: ${message}\n`)
  process.exit(2)
}

function wholeNumber(name: string, text: string, min = 1): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number ≥ ${min}, got "${text}"\n${USAGE}`)
  return n
}

function parseOptions() {
  let values
  try {
    values = parseArgs({
      options: {
        data: { type: 'string' },
        sizes: { type: 'string', default: '2000,10000' },
        sections: { type: 'string', default: DEFAULT_SECTIONS.join(',') },
        baseline: { type: 'string' },
        runs: { type: 'string', default: '1' },
        requests: { type: 'string', default: '200' },
        cold: { type: 'string', default: '5' },
        'load-seconds': { type: 'string', default: '5' },
        connections: { type: 'string', default: '8' },
        iterations: { type: 'string', default: '200' },
        keep: { type: 'boolean', default: false },
        'no-rebuild': { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
  if (!values.data) fail(`--data PATH is required (a folder of <category>/<n>.txt articles, e.g. ../shared/data/bbc-dev/articles)\n${USAGE}`)
  const sizes = values.sizes.split(',').map((s) => wholeNumber('sizes', s.trim(), 10))
  const sections = values.sections.split(',').map((s) => s.trim())
  for (const s of sections) if (!(SECTIONS as readonly string[]).includes(s)) fail(`unknown section "${s}"; sections are ${SECTIONS.join(', ')}`)
  return {
    data: resolve(values.data),
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    sections: new Set(sections as Section[]),
    baseline: values.baseline,
    runs: wholeNumber('runs', values.runs),
    requests: wholeNumber('requests', values.requests),
    cold: wholeNumber('cold', values.cold),
    loadSeconds: wholeNumber('load-seconds', values['load-seconds']),
    connections: wholeNumber('connections', values.connections),
    iterations: wholeNumber('iterations', values.iterations),
    keep: values.keep,
    rebuild: !values['no-rebuild'],
  }
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`)

async function main(): Promise<void> {
  const o = parseOptions()
  const repo = resolve('.')
  const started = Date.now()
  const pool = readSources(o.data)
  if (pool.articles.length === 0) fail(`no articles under ${o.data} (expected <category>/<n>.txt, first line the headline)`)
  const topicsJson = readFileSync(join(repo, 'src/eval/bbc-topics.json'), 'utf8')
  const work = mkdtempSync(join(tmpdir(), 'gazette-bench-'))
  const variants: Variant[] = [{ name: 'current', root: repo }]
  const out: string[] = []
  try {
    if (o.baseline) variants.push(baselineVariant(o.baseline, repo, work))
    const vdir = (v: Variant) => join(work, v === variants[0] ? 'current' : 'baseline-out')
    const plan: BuildPlan = {
      variants,
      pool,
      topicsJson,
      runs: o.runs,
      measure: o.sections.has('build'),
      rebuild: o.rebuild,
      seedsDir: (n) => join(work, 'corpus', String(n)),
      outDir: (v, n) => join(vdir(v), `build-${n}`, 'site'),
      siteDir: (v, n) => join(vdir(v), `site-${n}`),
      log,
    }
    const needsBundle = o.sections.has('cpu') || o.sections.has('deploy') || o.sections.has('d1')
    const bundles = new Map<string, Bundle>()
    if (needsBundle) {
      for (const v of variants) {
        log(`bundling the Worker (wrangler deploy --dry-run), ${v.name}`)
        bundles.set(v.name, bundleWorker(v, join(vdir(v), 'bundle'), join(work, 'empty-assets')))
      }
    }
    const builds: SizeBuilds[] = []
    const cpu: SizeCpu[] = []
    const load: SizeLoad[] = []
    const deploy: SizeDeploy[] = []
    const d1: SizeD1[] = []
    for (const size of o.sizes) {
      builds.push(buildSize(plan, size))
      const site = (v: Variant) => plan.siteDir(v, size)
      // The same URLs for every variant, with examples from the current build (the baseline's index may be of another format).
      const routes = benchRoutes(site(variants[0]!))
      const targets = variants.map((v) => ({ variant: v, site: site(v), routes }))
      if (o.sections.has('cpu')) {
        log(`cpu ${size}: ${o.cold} fresh processes per variant and first URL, then ${o.requests} requests per route`)
        mkdirSync(join(work, 'scratch'), { recursive: true })
        const cpuTargets = targets.map((t) => ({ ...t, bundle: bundles.get(t.variant.name)!.path }))
        cpu.push(measureCpu(size, cpuTargets, { requests: o.requests, warmup: 5, maxMsPerRoute: 10_000, coldRuns: o.cold, scratch: join(work, 'scratch'), coldUrls: coldUrls(routes) }))
      }
      if (o.sections.has('load')) load.push(await measureLoad(size, targets, { seconds: o.loadSeconds, connections: o.connections }, log))
      if (o.sections.has('d1')) {
        mkdirSync(join(work, 'scratch'), { recursive: true })
        const d1Options = { requests: o.requests, warmup: 5, maxMsPerQuery: 10_000, coldRuns: o.cold, scratch: join(work, 'scratch'), repo }
        d1.push(await measureD1(size, site(variants[0]!), bundles.get(variants[0]!.name)!.path, routes, d1Options, log))
      }
      if (o.sections.has('deploy')) deploy.push({ size, assets: new Map(variants.map((v) => [v.name, assetStats(site(v))])) })
    }
    const renders = o.sections.has('render') ? (log('render: 100 items'), await measureRenderers(plan.siteDir(variants[0]!, o.sizes[0]!), 100, o.iterations)) : undefined

    const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`
    out.push(
      `# Gazette bench`,
      '',
      `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${shortCommit(repo)}${o.baseline ? ` against baseline ${o.baseline} (${shortCommit(variants[1]!.root)})` : ''}, ${machine}.`,
      `Command: \`${command}\`. Took ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
      `Corpus: ${o.sizes.map((n) => n.toLocaleString('en-US')).join(', ')} synthetic articles recombined from the ${pool.articles.length} articles under ${o.data} (seeded, so every run builds the same texts), topics from src/eval/bbc-topics.json, dates spread over 2023–2024 in seeds/catalog.json.`,
      '',
    )
    if (o.sections.has('build')) {
      out.push(
        section(
          'Build',
          `\`src/cli/build.ts\` in a child process under /usr/bin/time: wall, user+sys CPU, peak RSS; per stage, from its --timings file: wall, peak RSS of the whole process (every thread; the kernel's high-water mark reset at each stage's start, src/cli/memory.ts) and the main thread's heap in use at the stage's end; a build without them (an older baseline) shows n/a. Median of ${o.runs} run(s) per size. ${o.rebuild ? 'Then 1% new articles are added and the same seeds and output rebuilt.' : 'No rebuild (--no-rebuild).'} Exponent: log(t₂/t₁)/log(n₂/n₁) on the current variant (1 = linear).`,
          buildTable(builds, variants),
        ),
      )
    }
    if (o.sections.has('cpu')) {
      out.push(
        section(
          'CPU per request (in process, not workerd)',
          `The Worker bundle \`wrangler deploy --dry-run\` writes, imported in Node and called as workerd calls it, \`fetch(request, env, ctx)\`: the handler alone, no HTTP. **ASSETS is served from the built folder on disk, in process**, standing in for Workers Static Assets; each file is read once, then kept in memory, so samples after warm-up hold no disk I/O. CPU is user+sys from process.cpuUsage() around each call (every thread, V8's parallel garbage collection included); main-thread CPU is process.threadCpuUsage() around the same call, each variant in processes of its own (no variant's garbage collected in another's samples), ${HOT_ROUNDS} per variant in turn, each after 5 warm-up calls taking up to ${Math.ceil(o.requests / HOT_ROUNDS)} calls or ${10 / HOT_ROUNDS} s per route. Non-canonical URLs were first resolved through their 301. *Samples with a full GC*: samples during which Node reported a full (mark-compact) garbage collection starting (perf_hooks 'gc' entries), and the p99 of the other samples: the tail collections make, told from the route's own work. *Samples with any GC*: samples that a collection of any kind (full or young-generation) overlapped, and the CPU and main-thread p99 of the others: what the route's own work costs, a second figure beside the p99 of every sample, never instead of it, since Cloudflare bills the collections that happen (the others' CPU may still hold helper threads marking or sweeping for a collection begun earlier). p99 is nearest-rank (the largest sample below 100 samples). Start-up: ${o.cold} fresh Node processes per size, variant and first URL (medians); each first uses Node's own Request, Response, Headers (iterated once), body streams and WebCrypto (undici, web streams and WebCrypto are JavaScript loaded and compiled on first use in Node; workerd has them built in), then imports the bundle; the stand-in's disk reads during a first request (files past the preloaded index: packs, kept answers) are taken out of its CPU, as they are I/O in Workers.`,
          ...cpuTables(cpu, variants, LIMITS.cpuMsPerRequest, LIMITS.isolateMiB),
        ),
      )
    }
    if (o.sections.has('load')) {
      out.push(
        section(
          'Throughput under wrangler dev (loopback)',
          `\`wrangler dev\` (workerd) on 127.0.0.1, autocannon with ${o.connections} connections for ${o.loadSeconds} s per route; ratio to /healthz = the route's req/s over the mean of /healthz before and after, same server run. Latency percentiles are autocannon's. Errors = connection errors plus non-2xx answers.`,
          loadTable(load, variants),
        ),
      )
    }
    if (renders) {
      out.push(
        section(
          'Renderers against feed and feedsmith (100 items)',
          `The newest 100 articles of the ${o.sizes[0]!.toLocaleString('en-US')}-article build; ${o.iterations} interleaved iterations after 5 warm-up; each call goes from the articles to the document's UTF-8 bytes (the peers' strings encoded with TextEncoder in the call, as a response would carry them). Current code only. feed ${readVersion(repo, 'feed')}, feedsmith ${readVersion(repo, 'feedsmith')}; feed writes JSON Feed 1.0, the others 1.1.`,
          renderTable(renders),
        ),
      )
    }
    if (o.sections.has('d1')) {
      out.push(
        section(
          'Filtered queries: static layout against D1 (both in workerd)',
          `Current code only, both through Miniflare ${readVersion(repo, 'miniflare')} (workerd): the static way is the Worker bundle with ASSETS over the built dist/site; the D1 way is src/bench/d1-worker.ts (bench only) over a local D1 loaded from the same build's served files (article cards with their API item, a (topic, article) table, FTS5 for q). Wall: from Node through Miniflare's loopback dispatch, the two interleaved, after 5 warm-up each, up to ${o.requests} requests or 10 s per query. Rows read: D1's meta.rows_read of the page and the total; the quota columns work it at ${QUOTA_SIZE.toLocaleString('en-US')} articles (the total's rows in proportion, as it counts every match; the page's rows per row returned, up to limit + 1 rows) against the free plan's 5,000,000 rows read and 100,000 rows written a day. CPU per request is not measured: workerd reports none per request (the cpu section has the static Worker's, in process), and D1's SQL time is the database's, not the Worker's. Cold start: ${o.cold} fresh workerd processes per way, the wall of the first query (the topic filter) after start-up; the local database is a file beside workerd, where Cloudflare's is a network hop away.`,
          ...d1Tables(d1),
        ),
      )
    }
    if (o.sections.has('deploy')) {
      out.push(
        section(
          'Deployment against the free plan',
          `Bundle: \`wrangler deploy --dry-run --outdir\` (raw, and gzip level 9 as the 3 MiB limit counts it). Assets: every file under the built dist/site. Free-plan limits: ${LIMITS.cpuMsPerRequest} ms CPU per request, ${LIMITS.isolateMiB} MB per isolate, ${LIMITS.assetFiles.toLocaleString('en-US')} asset files, ${LIMITS.assetFileMiB} MiB per asset file, ${LIMITS.bundleGzipMiB} MiB gzip Worker bundle.`,
          deployTable(bundles, deploy, variants),
        ),
      )
    }
  } finally {
    if (o.baseline) removeBaseline(repo, work)
    if (o.keep) log(`kept ${work}`)
    else rmSync(work, { recursive: true, force: true })
  }
  process.stdout.write(out.join('\n') + '\n')
}

function readVersion(repo: string, name: string): string {
  return (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
}

try {
  await main()
} catch (error) {
  if (error instanceof BenchError) fail(error.message)
  throw error
}
