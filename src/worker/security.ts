/**
 * Security headers on every answer, errors, redirects and 304s included,
 * chosen by what the path serves (its route, or its shape: routes.ts
 * `audienceAt`), never by the handler that happened to answer: pages, embed
 * pages, and data (feeds, the API, the widget module, icons). Set by Hono's
 * secure-headers middleware, one instance per kind.
 */
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { HEIGHT_SCRIPT_HASH } from '../render/pages/embed-script.ts'
import type { AppEnv } from './env.ts'
import { audienceAt } from './routes.ts'

/** Whether a route scope is an embed page's. */
export const isEmbed = (scope: string): boolean => scope === 'embed' || scope === 'topic-embed'

/**
 * Permissions Policy §5 ("Policy directives"): `feature=()` allows a feature
 * nowhere. Nothing Gazette serves uses any of these; denying them means
 * neither article text nor a page that frames an embed can ask for them.
 * Only features Chromium recognises: an unknown name is logged as an error.
 */
const NO_FEATURES = {
  accelerometer: [],
  camera: [],
  displayCapture: [],
  geolocation: [],
  gyroscope: [],
  hid: [],
  magnetometer: [],
  microphone: [],
  midi: [],
  payment: [],
  serial: [],
  usb: [],
}

/**
 * What every answer carries. Left out of Hono's defaults: Strict-Transport-
 * Security, whose `includeSubDomains` would bind every other host of the
 * operator's domain to HTTPS (Cloudflare sets HSTS per zone, where the operator
 * decides). Referrer-Policy: a link out to an article's outlet sends the
 * origin only, never the page's query (the reader's search words).
 */
const COMMON = {
  strictTransportSecurity: false,
  referrerPolicy: 'strict-origin-when-cross-origin',
  permissionsPolicy: NO_FEATURES,
  xContentTypeOptions: true,
} as const

/**
 * Pages render untrusted text: no script runs on them at all, nothing loads
 * from elsewhere, and no other site may frame them (CSP Level 3 §6.4.2
 * frame-ancestors; X-Frame-Options for browsers older than it, RFC 7034).
 */
export const PAGE_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
}

/**
 * Embed pages: any site may frame them (`frame-ancestors *`; no
 * X-Frame-Options, which cannot say "any"), and the one script that runs is
 * the height script, named by its hash (CSP Level 3 §8.4 hash-source).
 * Cross-Origin-Resource-Policy cross-origin, so a host that isolates itself
 * (COEP require-corp) may frame them too. No Origin-Agent-Cluster: it asks
 * that the framed page be kept in an agent cluster apart from its host's,
 * which a frame that only posts its height gains nothing from, and which
 * Chromium may meet with a process of its own (the dashboard test's first
 * frame failed to appear within a second more often with it: 4 runs in 5,
 * against 2 in 5 without, on a loaded 2-core machine).
 */
export const EMBED_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  scriptSrc: [HEIGHT_SCRIPT_HASH],
  formAction: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ['*'],
}

const PAGE = secureHeaders({ ...COMMON, contentSecurityPolicy: PAGE_CSP, xFrameOptions: 'DENY' })
const EMBED = secureHeaders({ ...COMMON, contentSecurityPolicy: EMBED_CSP, xFrameOptions: false, crossOriginResourcePolicy: 'cross-origin', originAgentCluster: false })
/**
 * Feeds, the API, the widget module and icons are public data, read from any
 * origin (CORS in app.ts; icons are shown by feed readers on other sites), so
 * Cross-Origin-Resource-Policy is cross-origin. No CSP: a feed opened in a
 * browser is shown through its XSLT stylesheet (feed-style.ts), which copies
 * text only and never disables output escaping.
 */
const DATA = secureHeaders({ ...COMMON, xFrameOptions: false, crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false })

/** The headers for a path: a 304 then refreshes a cached answer with the same ones it was sent with (RFC 9111 §4.3.4). */
export const securityHeaders = (): MiddlewareHandler<AppEnv> =>
  function securityHeaders(c, next) {
    const route = c.var.route
    if (route && isEmbed(route.scope)) return EMBED(c, next)
    return audienceAt(c.req.path, route) === 'html' ? PAGE(c, next) : DATA(c, next)
  }
