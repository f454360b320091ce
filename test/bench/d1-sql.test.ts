/**
 * The d1 bench section's pure parts: the FTS5 query a `q` becomes, the SQL a
 * filter set becomes, and the free-plan quota arithmetic, with values worked
 * out by hand. The SQL also runs against a real SQLite (Node's node:sqlite,
 * the engine D1 is built on) over five rows written here, so a statement that
 * parses but selects the wrong rows fails.
 */
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { articleStatements, D1_FREE, D1_SCHEMA, daysToLoad, ftsQuery, requestsPerDay, rowsReadAt, scaleRows } from '../../src/bench/d1-sql.ts'

describe('ftsQuery', () => {
  it.each([
    [['troops'], '"troops"*'],
    [['government', 'troops'], '"government"* "troops"*'],
    // One-letter words match only themselves, as in the static search.
    [['a', 'b2'], '"a" "b2"*'],
    // A double quote inside a word is doubled, so it cannot end the string (FTS5 string syntax).
    [['x"y'], '"x""y"*'],
    // A word FTS5 would read as an operator is only a string here.
    [['and', 'or', 'near'], '"and"* "or"* "near"*'],
  ])('%j -> %s', (words, expected) => expect(ftsQuery(words)).toBe(expected))
})

describe('articleStatements', () => {
  it.each([
    {
      name: 'no filter',
      f: { topic: [], q: [], limit: 20 },
      page: ['SELECT id, published, item FROM articles ORDER BY position LIMIT ?', [21]],
      total: ['SELECT COUNT(*) AS total FROM articles', []],
    },
    {
      name: 'one topic alone: its rows in order, counted without the articles',
      f: { topic: ['world'], q: [], limit: 100 },
      page: ['SELECT id, published, item FROM article_topics JOIN articles ON position = article WHERE topic = ? ORDER BY article LIMIT ?', ['world', 101]],
      total: ['SELECT COUNT(*) AS total FROM article_topics WHERE topic = ?', ['world']],
    },
    {
      name: 'q alone: FTS5 rows in rowid order',
      f: { topic: [], q: ['government', 'a'], limit: 100 },
      page: [
        'SELECT id, published, item FROM article_search JOIN articles ON position = article_search.rowid WHERE article_search MATCH ? ORDER BY article_search.rowid LIMIT ?',
        ['"government"* "a"', 101],
      ],
      total: ['SELECT COUNT(*) AS total FROM article_search WHERE article_search MATCH ?', ['"government"* "a"']],
    },
    {
      name: 'two topics',
      f: { topic: ['world', 'tech'], q: [], limit: 100 },
      page: ['SELECT id, published, item FROM articles WHERE position IN (SELECT article FROM article_topics WHERE topic IN (?, ?)) ORDER BY position LIMIT ?', ['world', 'tech', 101]],
      total: ['SELECT COUNT(*) AS total FROM articles WHERE position IN (SELECT article FROM article_topics WHERE topic IN (?, ?))', ['world', 'tech']],
    },
    {
      name: 'q, topic and both dates',
      f: { topic: ['world'], q: ['troops'], since: 100, until: 200, limit: 1 },
      page: [
        'SELECT id, published, item FROM articles WHERE position IN (SELECT article FROM article_topics WHERE topic IN (?)) AND position IN (SELECT rowid FROM article_search WHERE article_search MATCH ?) AND published >= ? AND published <= ? ORDER BY position LIMIT ?',
        ['world', '"troops"*', 100, 200, 2],
      ],
      total: [
        'SELECT COUNT(*) AS total FROM articles WHERE position IN (SELECT article FROM article_topics WHERE topic IN (?)) AND position IN (SELECT rowid FROM article_search WHERE article_search MATCH ?) AND published >= ? AND published <= ?',
        ['world', '"troops"*', 100, 200],
      ],
    },
  ])('$name', ({ f, page, total }) => {
    const s = articleStatements(f)
    expect([s.page.sql, s.page.binds]).toEqual(page)
    expect([s.total.sql, s.total.binds]).toEqual(total)
  })
})

describe('the statements select the right rows in SQLite', () => {
  // Positions 0..4, newest first. One topic alone and q alone take their own forms; the rest the general one. Topics and text chosen so each case below has one answer.
  const rows = [
    { id: 'e', published: 500, topics: ['world'], text: 'Troops crossed the border' },
    { id: 'd', published: 400, topics: ['tech'], text: 'The government funds chips' },
    { id: 'c', published: 300, topics: ['world', 'tech'], text: 'Governments and troops' },
    { id: 'b', published: 200, topics: ['sport'], text: 'A match report' },
    { id: 'a', published: 100, topics: ['world'], text: 'Trooping the colour' },
  ]
  const db = new DatabaseSync(':memory:')
  for (const sql of D1_SCHEMA) db.exec(sql)
  rows.forEach((r, position) => {
    db.prepare('INSERT INTO articles (position, id, published, title, item) VALUES (?, ?, ?, ?, ?)').run(position, r.id, r.published, r.text, `{"id":"${r.id}"}`)
    for (const t of r.topics) db.prepare('INSERT INTO article_topics (topic, article) VALUES (?, ?)').run(t, position)
    db.prepare('INSERT INTO article_search (rowid, text) VALUES (?, ?)').run(position, r.text)
  })
  const run = (f: Parameters<typeof articleStatements>[0]) => {
    const s = articleStatements(f)
    return {
      ids: db.prepare(s.page.sql).all(...s.page.binds).map((r) => r.id),
      total: (db.prepare(s.total.sql).get(...s.total.binds) as { total: number }).total,
    }
  }
  it.each([
    // world: e, c, a (newest first); limit 2 shows e, c and the extra row a says a next page exists.
    [{ topic: ['world'], q: [], limit: 2 }, { ids: ['e', 'c', 'a'], total: 3 }],
    // "troop" as a prefix: Troops (e), troops (c), Trooping (a).
    [{ topic: [], q: ['troop'], limit: 10 }, { ids: ['e', 'c', 'a'], total: 3 }],
    // "government" matches "Governments" too (prefix, case folded).
    [{ topic: [], q: ['government'], limit: 10 }, { ids: ['d', 'c'], total: 2 }],
    // Both words: only c holds both.
    [{ topic: [], q: ['government', 'troops'], limit: 10 }, { ids: ['c'], total: 1 }],
    // Either topic, each article once.
    [{ topic: ['tech', 'sport'], q: [], limit: 10 }, { ids: ['d', 'c', 'b'], total: 3 }],
    // tech and "troops": c only (the general form, topic and q together).
    [{ topic: ['tech'], q: ['troops'], limit: 10 }, { ids: ['c'], total: 1 }],
    // world between 200 and 400 inclusive: c only.
    [{ topic: ['world'], q: [], since: 200, until: 400, limit: 10 }, { ids: ['c'], total: 1 }],
  ])('%j', (f, expected) => expect(run(f)).toEqual(expected))
})

describe('quota arithmetic', () => {
  it.each([
    // 5,000,000 rows a day / 40,000 rows a request = 125 requests.
    [40_000, D1_FREE.rowsReadPerDay, 125],
    // 5,000,000 / 3 = 1,666,666.67: whole requests only.
    [3, D1_FREE.rowsReadPerDay, 1_666_666],
    [0, D1_FREE.rowsReadPerDay, Infinity],
    [NaN, D1_FREE.rowsReadPerDay, NaN],
  ])('requestsPerDay(%d, %d) = %d', (rows, quota, expected) => expect(requestsPerDay(rows, quota)).toBe(expected))

  it.each([
    // 100,000 articles, 3 rows each (card, topic, search) = 300,000 rows: 3 days of 100,000.
    [300_000, D1_FREE.rowsWrittenPerDay, 3],
    [100_000, D1_FREE.rowsWrittenPerDay, 1],
    [100_001, D1_FREE.rowsWrittenPerDay, 2],
    [0, D1_FREE.rowsWrittenPerDay, 0],
  ])('daysToLoad(%d, %d) = %d', (rows, quota, expected) => expect(daysToLoad(rows, quota)).toBe(expected))

  it.each([
    // 439 matches at 2,000 fill the page: 202 page rows stay 202; the total's 440 rows ×50 = 22,000.
    [{ pageRows: 202, totalRows: 440, matches: 439, limit: 100 }, 22_202],
    // 25 matches at 2,000 read 2 rows each (50); at 100,000, 1,250 matches fill the page: 2 × 101 = 202; total 25 ×50 = 1,250.
    [{ pageRows: 50, totalRows: 25, matches: 25, limit: 100 }, 1_452],
    // 1 match at 2,000 is 50 at 100,000, still under a page: 3 rows per match → 150; total 1 ×50 = 50.
    [{ pageRows: 3, totalRows: 1, matches: 1, limit: 100 }, 200],
    // No match: the page's rows (a probe) stay as they are.
    [{ pageRows: 1, totalRows: 0, matches: 0, limit: 100 }, 1],
  ])('rowsReadAt(%j, 2,000 -> 100,000) = %d', (m, expected) => expect(rowsReadAt(m, 2_000, 100_000)).toBe(expected))

  it.each([
    // 812 rows read at 2,000 articles is 40,600 at 100,000 (×50).
    [812, 2_000, 100_000, 40_600],
    [5, 10_000, 100_000, 50],
    [5, 0, 100_000, NaN],
  ])('scaleRows(%d, %d, %d) = %d', (rows, from, to, expected) => expect(scaleRows(rows, from, to)).toBe(expected))
})
