/**
 * d1 section: the static layout against D1 for filtered queries (issue #10),
 * both inside workerd through Miniflare, so both run in the same runtime:
 * - static: the Worker bundle wrangler would upload, with ASSETS over the
 *   built dist/site (Miniflare's asset server, as `wrangler dev` runs it);
 * - D1: d1-worker.ts (bench only) over a local D1 database (SQLite in
 *   workerd) loaded from the same build's served files (read back as the
 *   Worker reads them, src/served/from-disk.ts): one row per article card
 *   with its API item, one per (topic, article), one FTS5 row per article.
 * Per query: wall latency from Node through Miniflare's loopback dispatch
 * (the same path for both, so the ratio holds), D1's rows_read and SQL time.
 * workerd reports no CPU per request, so CPU is not measured here (the cpu
 * section measures the static Worker's in process). Cold start: a fresh
 * workerd per sample, its first request.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stripTypeScriptTypes } from 'node:module'
import { convertV4MiniflareOptions, Log, LogLevel, Miniflare } from 'miniflare'
import { apiArticle } from '../render/api.ts'
import { readServedDir } from '../served/from-disk.ts'
import { searchableText } from '../text/article-text.ts'
import { foldWords } from '../text/fold.ts'
import { D1_SCHEMA, ITEM_ORIGIN } from './d1-sql.ts'
import type { BenchRoute } from './routes.ts'

export interface D1Options {
  requests: number
  maxMsPerQuery: number
  warmup: number
  coldRuns: number
  /** An empty folder for the database's files. */
  scratch: string
  repo: string
}

export interface D1Load {
  articles: number
  rowsWritten: number
  /** The database's size after loading, as D1 reports it (meta.size_after). */
  bytes: number
}

export interface D1QuerySamples {
  label: string
  url: string
  staticMs: number[]
  d1Ms: number[]
  /** D1's rows_read for the page's statement and the total's, per request. */
  rowsReadPage: number[]
  rowsReadTotal: number[]
  /** D1's own duration of the two statements (meta.duration), per request. */
  sqlMs: number[]
  errors: { static: number; d1: number }
  /** What the last answers said, to show both select the same. */
  total: { static?: number; d1?: number }
  bytes: { static: number; d1: number }
  /** Whether every D1 answer was byte for byte the static answer. */
  identical: boolean
}

export interface SizeD1 {
  size: number
  load: D1Load
  queries: D1QuerySamples[]
  /** Wall of the first request of a fresh workerd, per sample. */
  cold: { static: number[]; d1: number[] }
}

/** The cpu section's filtered queries: the ones a D1 would answer instead. */
export const isFilteredQuery = (r: BenchRoute): boolean => r.label.endsWith('limit=100') && r.url.startsWith('/api/articles?')

const quiet = { log: new Log(LogLevel.NONE), logRequests: false }

function compatibilityDate(repo: string): string {
  const match = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(join(repo, 'wrangler.toml'), 'utf8'))
  if (!match) throw new Error(`d1: no compatibility_date in ${join(repo, 'wrangler.toml')}`)
  return match[1]!
}

function staticOptions(bundle: string, site: string, date: string) {
  const root = join(bundle, '..')
  return {
    ...convertV4MiniflareOptions({
      modules: true,
      modulesRoot: root,
      scriptPath: bundle,
      compatibilityDate: date,
      assets: { directory: site, binding: 'ASSETS', routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } },
    }),
    ...quiet,
  }
}

/** The bench Worker and the two modules it imports, types stripped (Node's own stripper: they use only erasable syntax). */
function d1Options(repo: string, date: string, persist: string) {
  const src = join(repo, 'src')
  const module = (path: string) => ({ type: 'ESModule' as const, path: join(src, path), contents: stripTypeScriptTypes(readFileSync(join(src, path), 'utf8')) })
  return {
    ...convertV4MiniflareOptions({
      modules: [module('bench/d1-worker.ts'), module('bench/d1-sql.ts'), module('text/fold.ts')],
      modulesRoot: src,
      compatibilityDate: date,
      d1Databases: ['DB'],
    }),
    resourcePersistencePath: persist,
    ...quiet,
  }
}

/** Rows per batch while loading: a few hundred statements a round trip. */
const LOAD_ARTICLES_PER_BATCH = 100

async function loadDatabase(mf: Miniflare, site: string): Promise<D1Load> {
  const served = readServedDir(site)
  const db = await mf.getD1Database('DB')
  for (const sql of D1_SCHEMA) await db.exec(sql)
  let rowsWritten = 0
  let bytes = 0
  for (let start = 0; start < served.articles.length; start += LOAD_ARTICLES_PER_BATCH) {
    const statements = served.articles.slice(start, start + LOAD_ARTICLES_PER_BATCH).flatMap((a, k) => {
      const position = start + k
      return [
        db
          .prepare('INSERT INTO articles (position, id, published, title, item) VALUES (?, ?, ?, ?, ?)')
          .bind(position, a.id, served.catalog.articles.date[position]!, a.title, JSON.stringify(apiArticle(ITEM_ORIGIN, a))),
        ...a.topics.map((t) => db.prepare('INSERT INTO article_topics (topic, article) VALUES (?, ?)').bind(t, position)),
        // The words the static search indexes (src/served/write.ts), folded the same way.
        db.prepare('INSERT INTO article_search (rowid, text) VALUES (?, ?)').bind(position, foldWords(searchableText(a)).join(' ')),
      ]
    })
    for (const result of await db.batch(statements)) {
      rowsWritten += result.meta.rows_written
      bytes = result.meta.size_after
    }
  }
  return { articles: served.articles.length, rowsWritten, bytes }
}

interface Answer {
  ms: number
  status: number
  total?: number
  text: string
  headers: Headers
}

async function ask(mf: Miniflare, url: string): Promise<Answer> {
  const t0 = performance.now()
  try {
    const response = await mf.dispatchFetch(`http://localhost${url}`, { redirect: 'manual' })
    const text = await response.text()
    const ms = performance.now() - t0
    let total: number | undefined
    try {
      total = (JSON.parse(text) as { total?: number }).total
    } catch {
      // not JSON: an error page; counted by its status
    }
    return { ms, status: response.status, total, text, headers: response.headers as unknown as Headers }
  } catch {
    return { ms: performance.now() - t0, status: 0, text: '', headers: new Headers() }
  }
}

async function firstRequestMs(options: object, url: string): Promise<number> {
  const mf = new Miniflare(options as ConstructorParameters<typeof Miniflare>[0])
  try {
    await mf.ready
    return (await ask(mf, url)).ms
  } finally {
    await mf.dispose()
  }
}

export async function measureD1(size: number, site: string, bundle: string, routes: BenchRoute[], o: D1Options, log: (line: string) => void): Promise<SizeD1> {
  const date = compatibilityDate(o.repo)
  const persist = join(o.scratch, `d1-${size}`)
  const queries = routes.filter(isFilteredQuery)
  const staticMf = new Miniflare(staticOptions(bundle, site, date) as ConstructorParameters<typeof Miniflare>[0])
  const d1Mf = new Miniflare(d1Options(o.repo, date, persist) as ConstructorParameters<typeof Miniflare>[0])
  const results: D1QuerySamples[] = []
  let load: D1Load
  try {
    log(`d1 ${size}: loading the database from ${site}`)
    load = await loadDatabase(d1Mf, site)
    for (const q of queries) {
      log(`d1 ${size}: ${q.url}`)
      const s: D1QuerySamples = { label: q.label, url: q.url, staticMs: [], d1Ms: [], rowsReadPage: [], rowsReadTotal: [], sqlMs: [], errors: { static: 0, d1: 0 }, total: {}, bytes: { static: 0, d1: 0 }, identical: true }
      for (let i = 0; i < o.warmup; i++) await Promise.all([ask(staticMf, q.url), ask(d1Mf, q.url)])
      const started = performance.now()
      for (let i = 0; i < o.requests && performance.now() - started < o.maxMsPerQuery; i++) {
        const a = await ask(staticMf, q.url)
        const b = await ask(d1Mf, q.url)
        s.staticMs.push(a.ms)
        s.d1Ms.push(b.ms)
        if (a.status !== 200) s.errors.static++
        if (b.status !== 200) s.errors.d1++
        s.total = { static: a.total, d1: b.total }
        s.bytes = { static: Buffer.byteLength(a.text), d1: Buffer.byteLength(b.text) }
        if (a.text !== b.text) s.identical = false
        s.rowsReadPage.push(Number(b.headers.get('X-D1-Rows-Read-Page') ?? NaN))
        s.rowsReadTotal.push(Number(b.headers.get('X-D1-Rows-Read-Total') ?? NaN))
        s.sqlMs.push(Number(b.headers.get('X-D1-Sql-Ms') ?? NaN))
      }
      results.push(s)
    }
  } finally {
    await Promise.all([staticMf.dispose(), d1Mf.dispose()])
  }
  const cold = { static: [] as number[], d1: [] as number[] }
  const first = queries[0]?.url
  for (let i = 0; i < o.coldRuns && first; i++) {
    log(`d1 ${size}: cold start ${i + 1} of ${o.coldRuns}`)
    cold.static.push(await firstRequestMs(staticOptions(bundle, site, date), first))
    cold.d1.push(await firstRequestMs(d1Options(o.repo, date, persist), first))
  }
  return { size, load, queries: results, cold }
}
