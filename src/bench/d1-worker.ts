/**
 * Bench only, never shipped: a Worker that answers the bench's filtered
 * `/api/articles` queries from D1 instead of the static layout, for the d1
 * section (d1.ts runs it in workerd through Miniflare, types stripped). It
 * reads `topic`, `q` and `limit` only (what the bench sends; no cursor, no
 * since/until from the URL), selects with d1-sql.ts in one batch (page and
 * total in one round trip to the database), and renders the same envelope as
 * the Worker's API lists, `{items, next_cursor, total}`, from item JSON kept
 * in the rows. What D1 reports of the batch goes out in headers for the bench.
 * It exports nothing else: workerd takes every named export of the main
 * module for an entry point.
 */
import { foldWords } from '../text/fold.ts'
import { articleStatements, type D1Statement, ITEM_ORIGIN } from './d1-sql.ts'

interface D1Env {
  DB: D1Database
}

interface PageRow {
  id: string
  published: number
  item: string
}

/** As src/worker/cursor.ts writes it: base64url of `date|id`, the date as the index writes it (whole seconds, UTC). */
function nextCursor(row: PageRow): string {
  const date = new Date(row.published * 1000).toISOString().replace('.000Z', 'Z')
  return btoa(`${date}|${row.id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const prepared = (db: D1Database, s: D1Statement) => db.prepare(s.sql).bind(...s.binds)

export default {
  async fetch(request: Request, env: D1Env): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname !== '/api/articles') return new Response('not found', { status: 404 })
    const limit = Number(url.searchParams.get('limit') ?? 20)
    const topic = url.searchParams.getAll('topic').flatMap((t) => t.toLowerCase().split(',')).filter((t) => t !== '')
    const q = foldWords(url.searchParams.getAll('q').join(' '))
    const s = articleStatements({ topic, q, limit })
    const [page, total] = await env.DB.batch([prepared(env.DB, s.page), prepared(env.DB, s.total)])
    const rows = page!.results as unknown as PageRow[]
    const shown = rows.slice(0, limit)
    const more = rows.length > limit
    const count = (total!.results[0] as { total: number }).total
    const items = shown.map((r) => r.item.replaceAll(ITEM_ORIGIN, url.origin)).join(',')
    const next = more ? JSON.stringify(nextCursor(shown.at(-1)!)) : 'null'
    const sqlMs = (page!.meta.duration ?? 0) + (total!.meta.duration ?? 0)
    return new Response(`{"items":[${items}],"next_cursor":${next},"total":${count}}`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-D1-Rows-Read-Page': String(page!.meta.rows_read),
        'X-D1-Rows-Read-Total': String(total!.meta.rows_read),
        'X-D1-Sql-Ms': String(sqlMs),
      },
    })
  },
}
