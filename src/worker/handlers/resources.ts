/**
 * Resources that take no query: the OPML subscription list, the feed
 * stylesheet, the icons and robots.txt. The constant ones carry no
 * Last-Modified (only the code decides their bytes; the ETag says when they change).
 */
import type { Handler } from 'hono'
import { FEED_STYLE } from '../../render/feed-style.ts'
import { faviconIco, ICON_SVG, iconPng } from '../../render/icons.ts'
import { renderOpml } from '../../render/opml.ts'
import type { AppEnv } from '../env.ts'
import { respond } from '../http.ts'
import { ROUTE, type RouteName } from '../routes.ts'

export const opml: Handler<AppEnv> = (c) => {
  const { catalog, site } = c.var.checked
  const body = renderOpml({ site: site.url, title: site.title, updated: catalog.newest, topics: catalog.index.topics })
  return respond(c.req.raw, { body, type: ROUTE.opml.answer.type, lastModified: catalog.newest })
}

/** RFC 9309 §2.2.2: "allow" rules; an empty disallow list would do the same, this says it plainly. */
const ROBOTS = 'User-agent: *\nAllow: /\n'

/** Each body is made once per isolate, on first use. */
const made = new Map<RouteName, string | Uint8Array>()
const constant =
  (name: RouteName, make: () => string | Uint8Array): Handler<AppEnv> =>
  (c) => {
    let body = made.get(name)
    if (body === undefined) made.set(name, (body = make()))
    return respond(c.req.raw, { body, type: ROUTE[name].answer.type })
  }

export const feedStyle = constant('feedStyle', () => FEED_STYLE)
export const favicon = constant('favicon', () => faviconIco(32))
export const iconSvg = constant('iconSvg', () => ICON_SVG)
// JSON Feed 1.1: icon "should be square and relatively large — such as 512 x 512".
export const iconPngHandler = constant('iconPng', () => iconPng(512, 512))
// RSS 2.0 <image>: "Maximum value for width is 144"; Atom §4.2.14 logo "SHOULD have an aspect ratio of 2 (horizontal) to 1".
export const logoPng = constant('logoPng', () => iconPng(144, 72))
export const robots = constant('robots', () => ROBOTS)
