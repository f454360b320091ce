/**
 * The Hono app: routes only. Parameters are checked in request.ts, articles
 * and stories chosen in select.ts, bodies made by src/render, headers set in
 * http.ts.
 */
import { Hono } from 'hono'
import { loadServedCatalog } from '../served/read.ts'
import { ROUTES } from './docs.ts'
import { type AppEnv, siteOf } from './env.ts'
import { htmlError, jsonError } from './errors.ts'
import { ALLOW, CACHE_NONE, PREFLIGHT_HEADERS } from './http.ts'
import { api } from './routes/api.ts'
import { feeds } from './routes/feeds.ts'
import { pages } from './routes/pages.tsx'

export const app = new Hono<AppEnv>()

app.get('/healthz', async (c) => {
  const catalog = await loadServedCatalog(c.env.ASSETS)
  return c.json({ status: 'ok', version: catalog.index.version, articles: catalog.index.articles.length }, 200, {
    'Cache-Control': CACHE_NONE,
    // Hono's c.json() sends a bare "application/json"; every JSON answer here names its charset.
    'Content-Type': 'application/json; charset=utf-8',
  })
})
app.route('/', feeds)
app.route('/', api)
app.route('/', pages)

/** Hono path patterns of every route: `{slug}` → `:slug`. */
const PATTERNS = [...new Set(ROUTES.map((r) => r.path.replace(/\{(\w+)\}/g, ':$1')))]
for (const pattern of PATTERNS) {
  // GET and HEAD were answered above (Hono serves HEAD from the GET route, without the body).
  app.options(pattern, () => new Response(null, { status: 204, headers: { Allow: ALLOW, ...PREFLIGHT_HEADERS } }))
  // RFC 9110 §15.5.6: "The origin server MUST generate an Allow header field in a 405 response".
  app.all(pattern, (c) => {
    const detail = { message: `${c.req.method} is not allowed here; use ${ALLOW}` }
    return isJsonPath(c.req.path)
      ? jsonError(405, detail, { Allow: ALLOW })
      : htmlError(405, siteOf(c.env, c.req.url), [], detail.message, { Allow: ALLOW })
  })
}

app.notFound(async (c) => {
  const message = `nothing at ${c.req.path}; see /api for every route`
  if (isJsonPath(c.req.path)) return jsonError(404, { message })
  const topics = await loadServedCatalog(c.env.ASSETS).then((cat) => cat.index.topics, () => [])
  return htmlError(404, siteOf(c.env, c.req.url), topics, message)
})

app.onError((error, c) => {
  console.error(error)
  const message = 'the server failed to answer; try again shortly'
  return isJsonPath(c.req.path) ? jsonError(503, { message }) : htmlError(503, siteOf(c.env, c.req.url), [], message)
})

/** API and feed routes answer errors in JSON; pages in HTML. */
function isJsonPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || /\.(xml|json)$/.test(path) || path === '/healthz'
}
