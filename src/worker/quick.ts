/**
 * The quick path, in front of the app (index.ts): a GET or HEAD with no query
 * at a route whose answer the build kept (`/feed.xml`, `/`, `/api/articles`,
 * each topic's feeds and pages: answers.ts), or at `/healthz`, is answered
 * here, found by routes.ts's `routeAt` (which the app asks too), without
 * Hono's router, context and middleware chain, the query parser, the request
 * check or the CORS set-up: none of them changes such an answer. Everything
 * else, and anything that fails here, goes to the app untouched, which
 * answers it as before.
 *
 * Why: an isolate's first request compiles every function it runs, and in
 * Node two-thirds of its CPU was V8 compiling the ~140 functions of that path
 * on their first call (README, Speed). The answers are the app's, byte for
 * byte: the same functions make the body and its headers (answers.ts,
 * service.ts `healthAnswer`), and the headers the app's security and CORS
 * middleware add are taken from those middleware themselves, run once per
 * route over an empty answer (`headersAt`); test/worker/quick.test.ts
 * compares both paths.
 */
import { Context } from 'hono'
import { loadServedCatalog } from '../served/read.ts'
import { keptResponse } from './answers.ts'
import { publicData } from './cors.ts'
import { type AppEnv, type Env, siteOf } from './env.ts'
import { healthAnswer } from './handlers/service.ts'
import { type Route, routeAt } from './routes.ts'
import { securityHeaders } from './security.ts'

/** The answer to a request the quick path can give, or undefined for the app to answer. */
export async function quickAnswer(request: Request, env: Env): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  const url = new URL(request.url)
  // A query is checked, parsed and perhaps redirected by the app; Hono decodes a percent-encoded path before matching it.
  if (url.search !== '' || url.pathname.includes('%')) return undefined
  const route = routeAt(url.pathname)
  if (!route || !(route.kept || route.name === 'healthz')) return undefined
  let answer: Response | undefined
  try {
    answer = route.kept
      ? await keptResponse(request, env, route, url.pathname, siteOf(env, request.url))
      : healthAnswer(await loadServedCatalog(env.ASSETS))
  } catch {
    // The app tries again and, failing too, answers with its error.
    return undefined
  }
  if (!answer) return undefined
  for (const [name, value] of await headersAt(route)) answer.headers.set(name, value)
  // As Hono answers HEAD: the GET answer's status and headers, no body.
  return request.method === 'HEAD' ? new Response(null, answer) : answer
}

const captured = new Map<Route, Promise<[string, string][]>>()

/**
 * The headers the app's security middleware (security.ts) and, on public
 * data, its CORS middleware (cors.ts) put on a GET answer at a route: they
 * depend on the route alone (no nonce, CORS origin `*`), so each route's are
 * taken once per isolate, by running the same middleware over an empty answer.
 */
function headersAt(route: Route): Promise<[string, string][]> {
  let headers = captured.get(route)
  if (!headers) {
    headers = (async () => {
      const c = new Context<AppEnv>(new Request('https://headers.invalid/'), { env: {} as Env, path: route.path })
      c.set('route', route)
      await securityHeaders()(c, async () => {
        if (route.audience === 'json') await publicData(c, async () => {})
      })
      return [...c.res.headers]
    })()
    captured.set(route, headers)
  }
  return headers
}
