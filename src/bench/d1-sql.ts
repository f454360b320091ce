/**
 * The D1 side of the d1 bench section, as pure functions: the schema, the
 * SQL a filtered `/api/articles` query becomes, and the free plan's quota
 * arithmetic. Imports nothing, so the bench-only D1 Worker (d1-worker.ts)
 * runs it in workerd as it is, types stripped.
 *
 * Rows keep the served index's order: an article's `position` (its rowid,
 * and its rowid in the search table) is its position in catalog/index.json
 * (newest first, ties by id, src/order.ts), so "newest first" is
 * `ORDER BY position` and a page stops after `limit` rows.
 */

/** Tables and indexes. `item` is the API item's JSON text, rendered at load time (as the static build keeps items). */
export const D1_SCHEMA: readonly string[] = [
  'CREATE TABLE articles (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, published INTEGER NOT NULL, title TEXT NOT NULL, item TEXT NOT NULL)',
  'CREATE INDEX articles_published ON articles (published)',
  // One row per (topic, article): a topic's rows are contiguous in the primary key, in index order.
  'CREATE TABLE article_topics (topic TEXT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (topic, article)) WITHOUT ROWID',
  // Contentless: the text is only matched, never read back (the item holds what a list shows).
  "CREATE VIRTUAL TABLE article_search USING fts5 (text, content='')",
]

/**
 * The origin the items are rendered with at load time; the d1 worker puts
 * each answer's own origin in its place, as the Worker fills kept items.
 */
export const ITEM_ORIGIN = 'https://gazette.invalid'

/** What the d1 worker reads from a request: the filters the bench's queries use. */
export interface D1Filters {
  /** Any of these topics (the API's `topic=a,b`). */
  topic: string[]
  /** Every word, each matching indexed words that start with it (src/served/search.ts). */
  q: string[]
  /** Seconds since 1970, inclusive; undefined for no bound. */
  since?: number
  until?: number
  limit: number
}

export interface D1Statement {
  sql: string
  binds: (string | number)[]
}

/**
 * An FTS5 query holding every word: each a quoted string (so no word is read
 * as an operator) and, as the static search does, a prefix, except one-letter
 * words, which match only themselves. FTS5: "a string enclosed in double quotes
 * … Within a string, any embedded double quote characters may be escaped by
 * doubling them"; "If a '*' character follows a string within an FTS
 * expression, then the final token extracted from the string is marked as a
 * prefix token"; phrases side by side are joined by an implicit AND.
 */
export function ftsQuery(words: readonly string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"${[...w].length === 1 ? '' : '*'}`).join(' ')
}

/**
 * The page (at most limit + 1 rows, the extra one saying a next page exists)
 * and the total for these filters. Both name the same conditions, so they
 * count the same rows.
 *
 * D1 bills rows read, so the two filters the bench measures alone are
 * written to read least: one topic walks that topic's rows of
 * `article_topics` in position order and stops after the page (the general
 * form's `position IN (subquery)` reads every match into a list first), and
 * counts them without looking up the articles; `q` alone does the same over
 * FTS5, which returns matches in rowid order.
 */
export function articleStatements(f: D1Filters): { page: D1Statement; total: D1Statement } {
  const alone = f.since === undefined && f.until === undefined
  if (alone && f.topic.length === 1 && f.q.length === 0) {
    return {
      page: {
        sql: 'SELECT id, published, item FROM article_topics JOIN articles ON position = article WHERE topic = ? ORDER BY article LIMIT ?',
        binds: [f.topic[0]!, f.limit + 1],
      },
      total: { sql: 'SELECT COUNT(*) AS total FROM article_topics WHERE topic = ?', binds: [f.topic[0]!] },
    }
  }
  if (alone && f.topic.length === 0 && f.q.length > 0) {
    const match = ftsQuery(f.q)
    return {
      page: {
        sql: 'SELECT id, published, item FROM article_search JOIN articles ON position = article_search.rowid WHERE article_search MATCH ? ORDER BY article_search.rowid LIMIT ?',
        binds: [match, f.limit + 1],
      },
      total: { sql: 'SELECT COUNT(*) AS total FROM article_search WHERE article_search MATCH ?', binds: [match] },
    }
  }
  return generalStatements(f)
}

/** Any filters: each a condition on the article's position or date. */
function generalStatements(f: D1Filters): { page: D1Statement; total: D1Statement } {
  const where: string[] = []
  const binds: (string | number)[] = []
  if (f.topic.length > 0) {
    where.push(`position IN (SELECT article FROM article_topics WHERE topic IN (${f.topic.map(() => '?').join(', ')}))`)
    binds.push(...f.topic)
  }
  if (f.q.length > 0) {
    where.push('position IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)')
    binds.push(ftsQuery(f.q))
  }
  if (f.since !== undefined) {
    where.push('published >= ?')
    binds.push(f.since)
  }
  if (f.until !== undefined) {
    where.push('published <= ?')
    binds.push(f.until)
  }
  const clause = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''
  return {
    page: { sql: `SELECT id, published, item FROM articles${clause} ORDER BY position LIMIT ?`, binds: [...binds, f.limit + 1] },
    total: { sql: `SELECT COUNT(*) AS total FROM articles${clause}`, binds },
  }
}

/** D1 on the Workers free plan (developers.cloudflare.com/d1/platform/limits and /pricing). */
export const D1_FREE = {
  rowsReadPerDay: 5_000_000,
  rowsWrittenPerDay: 100_000,
  databaseBytes: 500 * 1000 * 1000,
  queriesPerInvocation: 50,
}

/** A count measured at `fromSize` articles, scaled in proportion to `toSize` (rows a query reads grow with the matches it counts). */
export const scaleRows = (rows: number, fromSize: number, toSize: number): number => (fromSize > 0 ? (rows * toSize) / fromSize : NaN)

/**
 * Rows a request reads at `toSize` articles, from what it read at `fromSize`:
 * the total counts every match, so it grows with the catalog; the page reads
 * a fixed number of rows per row it returns (a match and its article), and
 * returns at most limit + 1, so it grows only until the matches fill a page.
 */
export function rowsReadAt(m: { pageRows: number; totalRows: number; matches: number; limit: number }, fromSize: number, toSize: number): number {
  const returned = Math.min(m.matches, m.limit + 1)
  const page = returned > 0 ? (m.pageRows / returned) * Math.min(scaleRows(m.matches, fromSize, toSize), m.limit + 1) : m.pageRows
  return page + scaleRows(m.totalRows, fromSize, toSize)
}

/** Whole requests a day a daily row quota allows at this many rows per request (Infinity for none). */
export function requestsPerDay(rowsPerRequest: number, quotaPerDay: number): number {
  if (!(rowsPerRequest >= 0)) return NaN
  return rowsPerRequest === 0 ? Infinity : Math.floor(quotaPerDay / rowsPerRequest)
}

/** Days of the written-rows quota a full load takes (a rebuild rewrites every row), rounded up to whole days. */
export function daysToLoad(rowsWritten: number, quotaPerDay: number): number {
  return rowsWritten <= 0 ? 0 : Math.ceil(rowsWritten / quotaPerDay)
}
