/**
 * The d1 section's tables: what loading cost, each filtered query both ways
 * with D1's rows read and the free plan's daily quota at a larger catalog,
 * cold start, and what deploying each takes.
 */
import { D1_FREE, daysToLoad, requestsPerDay, rowsReadAt, scaleRows } from './d1-sql.ts'
import type { SizeD1 } from './d1.ts'
import { median, percentile, ratio } from './stats.ts'
import { type Cell, formatNumber, markdownTable, MiB } from './table.ts'

/** The catalog size the quota arithmetic is worked at (issue #10's target). */
export const QUOTA_SIZE = 100_000

const withP99 = (xs: number[]): string => `${formatNumber(median(xs))} (${formatNumber(percentile(xs, 99))})`
const pair = (a: number | undefined, b: number | undefined): string => `${formatNumber(a)} / ${formatNumber(b)}`

export function d1Tables(results: SizeD1[]): string[] {
  const at = QUOTA_SIZE.toLocaleString('en-US')
  const loadRows: Cell[][] = results.map((r) => {
    const written = scaleRows(r.load.rowsWritten, r.load.articles, QUOTA_SIZE)
    const bytes = scaleRows(r.load.bytes, r.load.articles, QUOTA_SIZE)
    return [
      r.size,
      r.load.rowsWritten,
      ratio(r.load.rowsWritten, r.load.articles),
      r.load.bytes / MiB,
      written,
      daysToLoad(written, D1_FREE.rowsWrittenPerDay),
      `${formatNumber(bytes / 1e6)} MB (${formatNumber((100 * bytes) / D1_FREE.databaseBytes)}% of 500 MB)`,
    ]
  })
  const load = markdownTable(
    ['articles', 'rows written', 'rows written per article', 'database (MiB)', `rows written at ${at}`, `days of the free write quota at ${at}`, `database at ${at}`],
    loadRows,
  )
  const queryRows: Cell[][] = results.flatMap((r) =>
    r.queries.map((q) => {
      const page = median(q.rowsReadPage)
      const total = median(q.rowsReadTotal)
      const rowsRead = page + total
      const limit = Number(new URL(q.url, 'http://localhost').searchParams.get('limit') ?? 20)
      const scaled = rowsReadAt({ pageRows: page, totalRows: total, matches: q.total.d1 ?? NaN, limit }, r.size, QUOTA_SIZE)
      return [
        `${q.label}: \`${q.url}\``,
        r.size,
        withP99(q.staticMs),
        withP99(q.d1Ms),
        ratio(median(q.d1Ms), median(q.staticMs)),
        `${formatNumber(rowsRead)} (${formatNumber(page)} + ${formatNumber(total)})`,
        median(q.sqlMs),
        pair(q.total.static, q.total.d1),
        `${pair(q.bytes.static, q.bytes.d1)}${q.identical ? ', identical' : ', differ'}`,
        scaled,
        requestsPerDay(scaled, D1_FREE.rowsReadPerDay),
        q.staticMs.length,
        `${q.errors.static} / ${q.errors.d1}`,
      ]
    }),
  )
  const queries = markdownTable(
    [
      'query',
      'articles',
      'static: wall median (p99) ms',
      'D1: wall median (p99) ms',
      'ratio D1 / static (median)',
      'D1 rows read per request: page + total (median)',
      'D1 SQL ms (median)',
      'total: static / D1',
      'answer bytes: static / D1',
      `rows read per request at ${at}`,
      `requests a day at ${at} (5M rows read)`,
      'samples',
      'errors: static / D1',
    ],
    queryRows,
  )
  const coldRows: Cell[][] = results.map((r) => [r.size, withP99(r.cold.static), withP99(r.cold.d1), ratio(median(r.cold.d1), median(r.cold.static)), r.cold.static.length])
  const cold = markdownTable(['articles', 'static: first request ms, median (max)', 'D1: first request ms, median (max)', 'ratio D1 / static', 'samples'], coldRows)
  return [load, queries, cold, DEPLOY_STEPS]
}

/** What each way adds to a deploy (Cloudflare's D1 docs: wrangler d1 create, d1 execute --remote --file, a [[d1_databases]] binding). */
export const DEPLOY_STEPS = [
  'Deploy steps. Static: `npm run build`, then `wrangler deploy` uploads the Worker and dist/site together, one version, nothing else to keep in step.',
  'D1: once, `wrangler d1 create gazette` and a `[[d1_databases]]` binding in wrangler.toml; on every build, the catalog written as SQL and `wrangler d1 execute gazette --remote --file catalog.sql`',
  '(every row rewritten unless the build writes only what changed: rows written count against the daily quota), then `wrangler deploy`; the database and the Worker version are two things to keep in step (a rollback of the Worker does not roll back the rows).',
].join(' ')
