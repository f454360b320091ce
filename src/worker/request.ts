/**
 * The one place a request's path topic and query are checked: unknown topics
 * answer 404, invalid parameters 400, and a query that is valid but not in
 * canonical form (another order, case, spelling of a date, a default value) a
 * 301 to the canonical URL. Routes get back only validated values.
 */
import type { Context } from 'hono'
import type { TopicEntry } from '../served/index.ts'
import { type ServedCatalog, loadServedCatalog } from '../served/read.ts'
import { type AppEnv, type Site, siteOf } from './env.ts'
import { htmlError, jsonError } from './errors.ts'
import { CACHE_OK, CORS_HEADERS } from './http.ts'
import { type Filters, parseQuery, type Scope } from './params.ts'

export type Audience = 'json' | 'html'

export interface Checked {
  catalog: ServedCatalog
  site: Site
  filters: Filters
  /** Canonical query without "?", empty when there is none. */
  query: string
  topic?: TopicEntry
}

/**
 * `pathFor` builds the path for a (lower-cased) topic slug, so a request for
 * /topics/World/… is sent to /topics/world/….
 */
export async function checkRequest(
  c: Context<AppEnv>,
  scope: Scope,
  audience: Audience,
  topicSlug?: string,
  pathFor?: (slug: string) => string,
): Promise<Checked | Response> {
  const catalog = await loadServedCatalog(c.env.ASSETS)
  const site = siteOf(c.env, c.req.url)
  const url = new URL(c.req.url)
  let topic: TopicEntry | undefined
  let path = url.pathname
  if (topicSlug !== undefined) {
    const slug = topicSlug.toLowerCase()
    topic = catalog.topics.get(slug)
    if (!topic) {
      const valid = [...catalog.topics.keys()].sort()
      const message = `unknown topic ${JSON.stringify(topicSlug)}; topics are: ${valid.join(', ')}`
      return audience === 'json' ? jsonError(404, { message, valid_topics: valid }) : htmlError(404, site, catalog.index.topics, message)
    }
    if (pathFor) path = pathFor(slug)
  }
  const parsed = parseQuery(url.searchParams, scope, new Set(catalog.topics.keys()))
  if (!parsed.ok) {
    return audience === 'json' ? jsonError(400, parsed.error) : htmlError(400, site, catalog.index.topics, parsed.error.message)
  }
  const requested = url.search.replace(/^\?/, '')
  if (requested !== parsed.canonical || path !== url.pathname) {
    const location = path + (parsed.canonical ? `?${parsed.canonical}` : '')
    return new Response(null, {
      status: 301,
      headers: { Location: location, 'Cache-Control': CACHE_OK, ...(audience === 'json' ? CORS_HEADERS : {}) },
    })
  }
  return { catalog, site, filters: parsed.filters, query: parsed.canonical, ...(topic ? { topic } : {}) }
}
