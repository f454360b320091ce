/**
 * Kept answers (src/served/answers.ts): a request for a kept route with no
 * query is answered from the body the build rendered, with the site's values
 * put in between byte slices: one fetch, no selection, parsing, rendering,
 * decoding or encoding. Anything else goes
 * on to the route's handler, which renders it.
 */
import type { MiddlewareHandler } from 'hono'
import { fillBytes, fillsExactly } from '../served/answers.ts'
import { fetchBytes, loadAnswers } from '../served/read.ts'
import { type AppEnv, hubOf } from './env.ts'
import { respond } from './http.ts'
import { FEED_TYPES, type Route } from './routes.ts'

export const keptAnswer = (route: Route): MiddlewareHandler<AppEnv> =>
  async function keptAnswer(c, next) {
    const { site, query } = c.var.checked
    // The build renders no hub; with one configured (WEBSUB_HUB) the feeds are rendered per request.
    const withHub = Object.values(FEED_TYPES).includes(route.answer.type) && hubOf(c.env) !== null
    const kept = query === '' && fillsExactly(site) && !withHub ? (await loadAnswers(c.env.ASSETS))[c.req.path] : undefined
    const template = kept && (await fetchBytes(c.env.ASSETS, kept.file))
    if (!kept || template === undefined) return next()
    const browsable = kept.type === FEED_TYPES.rss || kept.type === FEED_TYPES.atom
    return respond(c.req.raw, {
      body: fillBytes(new Uint8Array(template), kept.fills, site),
      // The kept body's digest and the values put in determine the bytes.
      validator: `${kept.digest}\n${JSON.stringify(site)}`,
      utf8: true,
      type: kept.type,
      lastModified: kept.lastModified,
      ...(browsable ? { browsable } : {}),
    })
  }
