/**
 * Bounds on what a request may ask, checked before any route: the path's and
 * the query's length (414) and the number of query parameters (400). The
 * longest query any route needs (every parameter once, a few topics, eight
 * search words) is a few hundred characters; these leave room for long topic
 * lists while keeping the work a request can cause, and the text an error
 * could echo, small. The answer names the limit and never echoes the request.
 */
import type { MiddlewareHandler } from 'hono'
import { loadServedCatalog } from '../served/read.ts'
import { type AppEnv, siteOf } from './env.ts'
import { errorFor } from './errors.ts'
import { audienceAt } from './routes.ts'

/** Characters of the path (percent-encoded, as sent); the longest route path with a topic slug is far shorter. */
export const MAX_PATH_LENGTH = 1024
/** Characters of the query after "?" (percent-encoded, as sent). */
export const MAX_QUERY_LENGTH = 2048
/** `name=value` pairs in the query, repeats included (topic, exclude and q may repeat). */
export const MAX_PARAMETERS = 32

/** What is over a limit, or undefined. RFC 9110 §15.5.15: 414 when "the target URI is longer than the server is willing to interpret". */
export function overLimit(url: URL): { status: 400 | 414; message: string } | undefined {
  if (url.pathname.length > MAX_PATH_LENGTH)
    return { status: 414, message: `the path is ${url.pathname.length} characters long; at most ${MAX_PATH_LENGTH} are accepted` }
  const query = url.search.replace(/^\?/, '')
  if (query.length > MAX_QUERY_LENGTH)
    return { status: 414, message: `the query is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} are accepted` }
  const count = query.split('&').filter((pair) => pair !== '').length
  if (count > MAX_PARAMETERS) return { status: 400, message: `the query has ${count} parameters; at most ${MAX_PARAMETERS} are accepted` }
  return undefined
}

export const requestLimits = (): MiddlewareHandler<AppEnv> =>
  async function requestLimits(c, next) {
    const url = new URL(c.req.url)
    const over = overLimit(url)
    if (!over) return next()
    const audience = audienceAt(c.req.path, c.var.route)
    // A page's error shows the site's topics like any page; an unreadable catalog leaves them out rather than failing.
    const topics = audience === 'html' ? await loadServedCatalog(c.env.ASSETS).then((cat) => cat.index.topics, () => []) : []
    return errorFor(audience, siteOf(c.env, c.req.url), topics)(over.status, { message: over.message })
  }
