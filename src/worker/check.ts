/**
 * The one place a request's path topic and query are checked, as middleware
 * built from a route's declaration: unknown topics answer 404, invalid
 * parameters 400, and a query that is valid but not in canonical form
 * (another order, case, spelling of a date, a default value) a 301 to the
 * canonical URL. Handlers read only checked values, from the context.
 */
import type { MiddlewareHandler } from 'hono'
import { loadServedCatalog, type ServedCatalog } from '../served/read.ts'
import type { TopicEntry } from '../served/index.ts'
import { type AppEnv, type Site, siteOf } from './env.ts'
import { errorFor } from './errors.ts'
import { CACHE_OK } from './http.ts'
import { overLimit } from './limits.ts'
import { type Filters, parseQuery, validTopics, validTopicsText } from './params.ts'
import { pathOf, type Route } from './routes.ts'

/** What the check hands a handler through `c.var`. */
export interface Checked {
  catalog: ServedCatalog
  site: Site
  filters: Filters
  /** Canonical query without "?", empty when there is none. */
  query: string
  /** The topic a /topics/{slug}/… route names. */
  topic: TopicEntry | undefined
}

export const checkRequest = (route: Route): MiddlewareHandler<AppEnv> =>
  async function checkRequest(c, next) {
    const catalog = await loadServedCatalog(c.env.ASSETS)
    const site = siteOf(c.env, c.req.url)
    const error = errorFor(route.audience, site, catalog.index.topics)
    const url = new URL(c.req.url)
    let topic: TopicEntry | undefined
    let path = url.pathname
    const slug = route.params?.slug === 'topic' ? c.req.param('slug') : undefined
    if (slug !== undefined) {
      topic = catalog.topics.get(slug.toLowerCase())
      if (!topic) {
        return error(404, { message: `unknown topic ${JSON.stringify(slug)}; ${validTopicsText(catalog.topics)}`, valid_topics: validTopics(catalog.topics) })
      }
      // /topics/World/… is /topics/world/…
      path = pathOf(route, { slug: topic.slug })
    }
    const parsed = parseQuery(url.searchParams, route.scope, catalog.topics, route.fields)
    if (!parsed.ok) return error(400, parsed.error)
    if (url.search.replace(/^\?/, '') !== parsed.canonical || path !== url.pathname) {
      const location = path + (parsed.canonical ? `?${parsed.canonical}` : '')
      // A canonical form can be longer than what was sent (`T10:00Z` is `T10:00:00Z`): never redirect to a 414.
      const over = overLimit(new URL(location, url))
      if (over) return error(over.status, { message: `${over.message} (written in canonical form)` })
      return new Response(null, { status: 301, headers: { Location: location, 'Cache-Control': CACHE_OK } })
    }
    c.set('checked', { catalog, site, filters: parsed.filters, query: parsed.canonical, topic })
    await next()
  }
