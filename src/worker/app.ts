/**
 * The Hono app, registered from the route table (routes.ts): each route gets
 * the request check (check.ts) and its handler; every path in the table
 * answers OPTIONS and a 405 for other methods. Before any route: security
 * headers on every answer (security.ts), CORS on public data, and bounds on
 * the request (limits.ts). Handlers select, load and render; headers and
 * conditional requests are in http.ts.
 */
import { type Handler, Hono } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'
import { loadServedCatalog } from '../served/read.ts'
import { keptAnswer } from './answers.ts'
import { checkRequest } from './check.ts'
import { publicData } from './cors.ts'
import { type AppEnv, siteOf } from './env.ts'
import { errorFor, htmlError, jsonError } from './errors.ts'
import * as api from './handlers/api.ts'
import * as embed from './handlers/embed.tsx'
import { articleFeed, storyFeed } from './handlers/feeds.ts'
import * as pages from './handlers/pages.tsx'
import * as resources from './handlers/resources.ts'
import * as service from './handlers/service.ts'
import { requestLimits } from './limits.ts'
import { audienceAt, honoPattern, routeAt, type RouteName, ROUTES } from './routes.ts'
import { securityHeaders } from './security.ts'

const HANDLERS: Record<RouteName, Handler<AppEnv>> = {
  feedRss: articleFeed('rss'),
  feedAtom: articleFeed('atom'),
  feedJson: articleFeed('json'),
  topicFeedRss: articleFeed('rss'),
  topicFeedAtom: articleFeed('atom'),
  topicFeedJson: articleFeed('json'),
  storyFeedRss: storyFeed('rss'),
  storyFeedAtom: storyFeed('atom'),
  storyFeedJson: storyFeed('json'),
  api: service.api,
  openapi: service.openapi,
  docs: service.docs,
  healthz: service.healthz,
  articles: api.articles,
  article: api.article,
  stories: api.stories,
  story: api.story,
  topics: api.topics,
  homePage: pages.homePage,
  topicPage: pages.topicPage,
  articlePage: pages.articlePage,
  storiesPage: pages.storiesPage,
  storyPage: pages.storyPage,
  embed: embed.embedPage,
  topicEmbed: embed.embedPage,
  widget: embed.widget,
  opml: resources.opml,
  feedStyle: resources.feedStyle,
  favicon: resources.favicon,
  iconSvg: resources.iconSvg,
  iconPng: resources.iconPngHandler,
  logoPng: resources.logoPng,
  robots: resources.robots,
}

/** RFC 9110 §15.5.6: "The origin server MUST generate an Allow header field in a 405 response". */
const ALLOW = 'GET, HEAD, OPTIONS'

/**
 * Hono's default router (SmartRouter, which settles on RegExpRouter) compiles
 * one regular expression over every registered route on the first request
 * of an isolate: 8 ms of CPU there, measured in Node (median of 9 fresh
 * processes, 12.7 ms against 4.8 ms for a 404). TrieRouter does no such work
 * up front, and matching per request costs the same to within noise.
 */
export const app = new Hono<AppEnv>({ router: new TrieRouter() })

// First, once per request: the route the path names, which the security headers, CORS, the limits and 404s ask for.
app.use('*', function resolveRoute(c, next) {
  c.set('route', routeAt(c.req.path))
  return next()
})

// Outermost after that, so errors, redirects, 304s, preflights and the limits' answers carry them too.
app.use('*', securityHeaders())

// RFC 9110 §9.3.7: an OPTIONS answer "SHOULD send any header that might indicate optional features … (e.g., Allow)".
app.use('*', async (c, next) => {
  await next()
  if (c.req.method === 'OPTIONS') c.res.headers.set('Allow', ALLOW)
})

// Feeds and the API are public data (cors.ts); pages get no CORS.
app.use('*', (c, next) => (audienceAt(c.req.path, c.var.route) === 'json' ? publicData(c, next) : next()))

// Inside CORS, so a script on another site can read why its request was refused.
app.use('*', requestLimits())

for (const route of ROUTES) {
  if (route.kept) app.get(honoPattern(route.path), checkRequest(route), keptAnswer(route), HANDLERS[route.name])
  else app.get(honoPattern(route.path), checkRequest(route), HANDLERS[route.name])
}

// GET and HEAD were answered above (Hono serves HEAD from the GET route, without the body).
for (const pattern of new Set(ROUTES.map((r) => honoPattern(r.path)))) {
  app.options(pattern, () => new Response(null, { status: 204 }))
}
for (const route of ROUTES) {
  app.all(honoPattern(route.path), (c) =>
    errorFor(route.audience, siteOf(c.env, c.req.url), [])(405, { message: `${c.req.method} is not allowed here; use ${ALLOW}` }, { Allow: ALLOW }),
  )
}

app.notFound(async (c) => {
  const message = `nothing at ${c.req.path}; see /api for every route`
  if (audienceAt(c.req.path, c.var.route) === 'json') return jsonError(404, { message })
  const topics = await loadServedCatalog(c.env.ASSETS).then((cat) => cat.index.topics, () => [])
  return htmlError(404, siteOf(c.env, c.req.url), topics, message)
})

app.onError((error, c) => {
  console.error(error)
  const message = 'the server failed to answer; try again shortly'
  return audienceAt(c.req.path) === 'json' ? jsonError(503, { message }) : htmlError(503, siteOf(c.env, c.req.url), [], message)
})
