/**
 * `npm run build [-- --seeds DIR] [--out DIR] [--summary-words N] [--max-seed-bytes N] [--cache DIR | --no-cache] [--workers N] [--keep-going] [--quiet] [--timings FILE]`
 *
 * Reads the seeds, runs the pipeline, writes the served catalog atomically to
 * OUT (default dist/site) with a report beside it, and records first-seen ids
 * and dates into DIR/catalog.json. Per-article results and the kept items
 * rendered from them are cached by content hash in --cache (default: `cache`
 * beside OUT, so dist/cache for dist/site); the output is the same with or
 * without it. --workers sets the worker
 * threads for the per-article work (0: none; default one per core).
 * --max-seed-bytes bounds one seed's size (bytes, or with KiB/MiB: "4MiB";
 * default 2 MiB, see read.ts MAX_SEED_BYTES); a larger seed is rejected.
 * --timings writes each stage's wall time in milliseconds, peak resident
 * memory and heap in use to FILE as JSON (timings.ts), for `npm run bench`. When DIR has sources.json or
 * sources.opml, their feeds are fetched first (src/sources/gather.ts), a few at
 * once, with what each gave last kept in sources-state.json beside OUT; a
 * source that fails is reported, never fatal. Exit status: 0 built; 1 a seed or
 * curator file was rejected (nothing written unless --keep-going); 2 bad
 * arguments.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseCurationFile, recordInCurationFile } from '../pipeline/curation.ts'
import { rfc3339 } from '../dates.ts'
import { writeFileAtomically } from '../disk.ts'
import { emitSite } from '../pipeline/emit.ts'
import { InputError } from '../pipeline/json-file.ts'
import { answersPath } from '../served/index.ts'
import { emitRecordPath, openItemCache } from '../served/item-cache.ts'
import { layOutSite } from '../served/write.ts'
import { PREVIOUS_ANSWERS } from './websub.ts'
import { runPipeline } from '../pipeline/index.ts'
import { MAX_SEED_BYTES, readSeeds } from '../pipeline/read.ts'
import { parseTaxonomy } from '../pipeline/taxonomy.ts'
import type { Catalog } from '../model.ts'
import { progressReporter } from './progress.ts'
import { mergeSources, parseOpmlFile, parseSourcesFile, unknownSourceTopics } from '../sources/config.ts'
import { DEFAULT_FETCH_OPTIONS, userAgent } from '../sources/fetch.ts'
import { type Gathered, gatherSources, readState, type SourceReport, STATE_FILE, stateText } from '../sources/gather.ts'
import type { SourceConfig } from '../model.ts'
import { peakMemory } from './memory.ts'
import { stageTimer } from './timings.ts'

const USAGE = 'usage: npm run build -- [--seeds DIR] [--out DIR] [--summary-words N] [--max-seed-bytes N] [--cache DIR | --no-cache] [--workers N] [--keep-going] [--quiet] [--timings FILE]'

function fail(message: string, code: number): never {
  process.stderr.write(`gazette build: ${message}\n`)
  process.exit(code)
}

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'dist/site' },
        'summary-words': { type: 'string', default: '60' },
        'max-seed-bytes': { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        workers: { type: 'string' },
        'keep-going': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        timings: { type: 'string' },
      },
    })
    const summaryWords = Number(values['summary-words'])
    if (!Number.isInteger(summaryWords) || summaryWords < 10 || summaryWords > 500) {
      fail(`--summary-words must be a whole number from 10 to 500, got "${values['summary-words']}"\n${USAGE}`, 2)
    }
    const workers = values.workers === undefined ? undefined : Number(values.workers)
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 256)) {
      fail(`--workers must be a whole number from 0 to 256, got "${values.workers}"\n${USAGE}`, 2)
    }
    const maxSeedBytes = values['max-seed-bytes'] === undefined ? MAX_SEED_BYTES : parseBytes(values['max-seed-bytes'])
    if (maxSeedBytes === undefined) {
      fail(`--max-seed-bytes must be a size from 1 byte to 256 MiB, as bytes or with KiB or MiB ("4MiB"), got "${values['max-seed-bytes']}"\n${USAGE}`, 2)
    }
    if (values.cache !== undefined && values['no-cache']) fail(`--cache and --no-cache exclude each other\n${USAGE}`, 2)
    return { ...values, summaryWords, workers, maxSeedBytes }
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2)
  }
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kib: 1024, m: 1024 * 1024, mib: 1024 * 1024 }
/** Largest --max-seed-bytes: a seed's text must fit in one JavaScript string, with room to spare. */
const MAX_SEED_BYTES_LIMIT = 256 * 1024 * 1024

/** "2097152", "512KiB", "4 MiB" → bytes; undefined when not a size in range. */
function parseBytes(text: string): number | undefined {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim())
  const unit = match && Object.hasOwn(UNITS, match[2]!.toLowerCase()) ? UNITS[match[2]!.toLowerCase()] : undefined
  if (!match || unit === undefined) return undefined
  const bytes = Number(match[1]) * unit
  return bytes >= 1 && bytes <= MAX_SEED_BYTES_LIMIT ? bytes : undefined
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org) pins the clock for reproducible first-seen dates. */
function buildClock(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH
  if (epoch === undefined) return rfc3339(new Date())
  if (!/^\d+$/.test(epoch)) fail(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`, 2)
  return rfc3339(new Date(Number(epoch) * 1000))
}

/**
 * The kept answers' manifest of the build about to be replaced, kept beside
 * the site as `answers.previous.json`, so `npm run publish-hub` can tell
 * which feeds this build changed.
 */
function keepPreviousManifest(outDir: string, manifest: string | null): void {
  if (manifest !== null) writeFileAtomically(join(dirname(outDir), PREVIOUS_ANSWERS), manifest)
}

/** The kept answers' manifest of the site in `outDir`; null when there is none. */
function readManifest(outDir: string): string | null {
  const manifest = join(outDir, answersPath())
  return existsSync(manifest) ? readFileSync(manifest, 'utf8') : null
}

function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}

/** One line per source: what the fetch did and what the source gave the catalog. */
function sourceLines(reports: SourceReport[]): string[] {
  if (reports.length === 0) return []
  const lines = ['sources:']
  for (const r of reports) {
    const status = r.status === 'failed' ? `failed (${r.reason})` : r.status
    const pages = r.pages ? `; pages: ${r.pages.fetched} fetched, ${r.pages.notModified} not modified, ${r.pages.failed} failed` : ''
    lines.push(`  ${r.url}${r.name ? ` (${r.name})` : ''}: ${status}; ${r.items} items: ${r.new} new, ${r.kept} kept, ${r.folded} folded${pages}`)
    for (const w of r.warnings) lines.push(`    ${w}`)
  }
  return lines
}

/** seeds/sources.json and seeds/sources.opml, when present; both validated, every problem named. */
function readSourceConfig(seedsDir: string, shown: (path: string) => string, topicSlugs: Set<string>): { sources: SourceConfig[]; warnings: string[] } {
  const lists: SourceConfig[][] = []
  const json = join(seedsDir, 'sources.json')
  const opml = join(seedsDir, 'sources.opml')
  if (existsSync(json)) {
    const listed = parseSourcesFile(readFileSync(json, 'utf8'), shown(json))
    const problems = unknownSourceTopics(listed, topicSlugs, shown(json))
    if (problems.length) throw new InputError(problems.join('\n'))
    lists.push(listed)
  }
  if (existsSync(opml)) lists.push(parseOpmlFile(readFileSync(opml, 'utf8'), shown(opml)))
  return mergeSources(lists)
}

function report(catalog: Catalog, seedCount: number, folded: number, sources: SourceReport[] = []): string {
  const counts = new Map(catalog.topics.map((t) => [t.slug, 0]))
  for (const a of catalog.articles) for (const slug of a.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  const width = Math.max(0, ...catalog.topics.map((t) => t.slug.length))
  const lines = [
    `${catalog.articles.length} articles from ${seedCount} seeds${sources.length ? ` and ${sources.reduce((n, r) => n + r.items, 0)} feed items` : ''}: ${folded} duplicates folded, ${catalog.rejected.length} rejected, ${catalog.stories.length} stories`,
    'topics:',
    ...catalog.topics.map((t) => `  ${t.slug.padEnd(width)}  ${counts.get(t.slug)}`),
    `  ${'(none)'.padEnd(width)}  ${catalog.articles.filter((a) => a.topics.length === 0).length}`,
  ]
  lines.push(...sourceLines(sources))
  if (catalog.rejected.length) lines.push('rejected:', ...catalog.rejected.map((r) => `  ${r.seed}: ${r.reason}`))
  if (catalog.warnings.length) lines.push('warnings:', ...catalog.warnings.map((w) => `  ${w}`))
  return lines.join('\n') + '\n'
}

async function main(): Promise<void> {
  const options = parseOptions()
  const seedsDir = resolve(options.seeds)
  if (!existsSync(seedsDir) || !statSync(seedsDir).isDirectory()) fail(`seeds folder not found: ${options.seeds}`, 2)
  const started = performance.now()
  // Memory is probed only for --timings: its resets lower the peak getrusage reports (memory.ts).
  const timer = stageTimer(undefined, options.timings ? { ...peakMemory(), heapUsedBytes: () => process.memoryUsage().heapUsed } : undefined)
  timer.report('read', 0, 1)
  const topicsFile = join(seedsDir, 'topics.json')
  const catalogFile = join(seedsDir, 'catalog.json')
  // Messages name files as the user wrote the folder: "seeds/topics.json".
  const shown = (path: string) => join(options.seeds, relative(seedsDir, path))

  if (!existsSync(topicsFile)) throw new InputError(`${shown(topicsFile)}: missing; the taxonomy is required (see README: Configuration)`)
  const taxonomy = parseTaxonomy(readFileSync(topicsFile, 'utf8'), shown(topicsFile))
  const catalogText = readText(catalogFile)
  const catalogEntries = catalogText.trim() ? parseCurationFile(catalogText, shown(catalogFile)) : {}
  const read = readSeeds(seedsDir, { maxSeedBytes: options.maxSeedBytes })
  const seedCount = read.seeds.length + read.rejected.length
  const sourceConfig = readSourceConfig(seedsDir, shown, new Set(taxonomy.map((t) => t.slug)))
  if (seedCount + sourceConfig.sources.length === 0) fail(`no *.txt seed files and no sources under ${options.seeds}`, 1)

  const reporter = progressReporter(process.stderr, options.quiet)
  const progress = (stage: string, done: number, total: number) => {
    timer.report(stage, done, total)
    reporter(stage, done, total)
  }
  const now = buildClock()
  const outDir = resolve(options.out)
  const statePath = join(dirname(outDir), STATE_FILE)
  let gathered: Gathered | null = null
  if (sourceConfig.sources.length > 0) {
    const { state, warning } = readState(statePath)
    if (warning) sourceConfig.warnings.push(warning)
    timer.report('sources', 0, sourceConfig.sources.length)
    gathered = await gatherSources(sourceConfig.sources, state, {
      seedsDir,
      fetch: { ...DEFAULT_FETCH_OPTIONS, userAgent: userAgent(process.env.SITE_URL ?? null) },
      onSource: (r, done, total) => {
        timer.report('sources', done, total)
        if (!options.quiet) process.stderr.write(`[sources] ${done}/${total} ${r.url}: ${r.status === 'failed' ? `failed (${r.reason})` : r.status}, ${r.items} items\n`)
      },
    })
  }
  const cacheDir = options['no-cache'] ? null : resolve(options.cache ?? join(dirname(outDir), 'cache'))
  const { catalog, recorded } = await runPipeline(
    { seeds: read.seeds, feedItems: gathered?.items ?? [], rejected: read.rejected, curation: catalogEntries, taxonomy, now, summaryWords: options.summaryWords, curationLabel: shown(catalogFile), workers: options.workers, cacheDir, releaseSeedTexts: true },
    progress,
  )
  catalog.warnings.push(...sourceConfig.warnings)
  const served = new Set(catalog.articles.map((a) => a.id))
  // A source's item that is not served was folded into another article (a seed's or another item's).
  gathered?.reports.forEach((r, i) => (r.folded = gathered!.perSource[i]!.filter((item) => !served.has(item.id)).length))
  const folded = catalog.articles.reduce((n, a) => n + a.duplicates.length, 0)
  const summary = report(catalog, seedCount, folded, gathered?.reports)
  if (catalog.rejected.length > 0 && !options['keep-going']) {
    process.stdout.write(summary)
    fail(`${catalog.rejected.length} seed(s) rejected (listed above); nothing written. Fix them, or pass --keep-going to build without them.`, 1)
  }

  progress('emit', 0, 1)
  const itemCache = cacheDir === null ? undefined : openItemCache(cacheDir)
  // Read before the new site replaces it, kept only once the new site is in place.
  const previousManifest = readManifest(outDir)
  let emitted: Awaited<ReturnType<typeof emitSite>>
  try {
    emitted = await emitSite(outDir, (site) => layOutSite(catalog, site, { itemCache }), cacheDir === null ? {} : { record: emitRecordPath(cacheDir) })
  } catch (error) {
    itemCache?.close()
    throw error
  }
  try {
    itemCache?.save()
  } catch (error) {
    // The new site is in place; the cache only saves work, so losing it is a warning, not a failed build.
    process.stderr.write(`warning: ${cacheDir}: the item cache was not saved (${(error as Error).message}); the next build renders every item again\n`)
  }
  keepPreviousManifest(outDir, previousManifest)
  const reportJson = { generated: 'Generated by `npm run build`. Do not edit.', rejected: catalog.rejected, warnings: catalog.warnings, ...(gathered ? { sources: gathered.reports } : {}) }
  writeFileAtomically(join(dirname(outDir), 'report.json'), JSON.stringify(reportJson, null, 2) + '\n')
  if (gathered) writeFileAtomically(statePath, stateText(gathered.state))
  if (recorded.size > 0) writeFileAtomically(catalogFile, recordInCurationFile(catalogText, shown(catalogFile), recorded))
  progress('emit', 1, 1)
  if (options.timings) writeFileAtomically(resolve(options.timings), JSON.stringify(timer.finish(), null, 2) + '\n')

  process.stdout.write(summary)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const linked = emitted.linked > 0 ? `: ${emitted.written} written (${(emitted.writtenBytes / 2 ** 20).toFixed(1)} MiB), ${emitted.linked} unchanged and linked` : ''
  process.stdout.write(`wrote ${options.out} (${emitted.files} files${linked})${recorded.size ? `; recorded ${recorded.size} new seed(s) in ${shown(catalogFile)}` : ''} in ${seconds} s\n`)
}

try {
  await main()
} catch (error) {
  if (error instanceof InputError) fail(`error: ${error.message}`, 1)
  const detail = process.env.GAZETTE_DEBUG ? (error as Error).stack : (error as Error).message
  fail(`internal error (a bug; please report it with the seed that caused it): ${detail}\nSet GAZETTE_DEBUG=1 for the stack trace.`, 70)
}
