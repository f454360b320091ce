/**
 * Kept answers (src/served/answers.ts): a request for a kept route with no
 * query is answered from the body the build rendered, with the site's values
 * put in between byte slices: one fetch, no selection, parsing, rendering,
 * decoding or encoding. Anything else goes
 * on to the route's handler, which renders it. Asked by the app (the
 * middleware below) and by the quick path (quick.ts), which finds the kept
 * answer before any of the app's machinery runs.
 */
import type { MiddlewareHandler } from 'hono'
import { fillBytes, fillsExactly } from '../served/answers.ts'
import { fetchBytes, loadAnswers } from '../served/read.ts'
import { type AppEnv, type Env, hubOf, type Site } from './env.ts'
import { respond } from './http.ts'
import { FEED_TYPES, type Route } from './routes.ts'

/** The kept answer at a path (canonical, no query), or undefined when the build kept none there or it cannot be used for this site. */
export async function keptResponse(request: Request, env: Env, route: Route, path: string, site: Site): Promise<Response | undefined> {
  // The build renders no hub; with one configured (WEBSUB_HUB) the feeds are rendered per request.
  const withHub = Object.values(FEED_TYPES).includes(route.answer.type) && hubOf(env) !== null
  const kept = fillsExactly(site) && !withHub ? (await loadAnswers(env.ASSETS))[path] : undefined
  const template = kept && (await fetchBytes(env.ASSETS, kept.file))
  if (!kept || template === undefined) return undefined
  const browsable = kept.type === FEED_TYPES.rss || kept.type === FEED_TYPES.atom
  return respond(request, {
    body: fillBytes(new Uint8Array(template), kept.fills, site),
    // The kept body's digest and the values put in determine the bytes.
    validator: `${kept.digest}\n${JSON.stringify(site)}`,
    utf8: true,
    type: kept.type,
    lastModified: kept.lastModified,
    ...(browsable ? { browsable } : {}),
  })
}

export const keptAnswer = (route: Route): MiddlewareHandler<AppEnv> =>
  async function keptAnswer(c, next) {
    const { site, query } = c.var.checked
    const kept = query === '' ? await keptResponse(c.req.raw, c.env, route, c.req.path, site) : undefined
    return kept ?? next()
  }
