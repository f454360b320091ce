/**
 * Response headers and conditional requests, in one place for every route.
 */
import { rfc822 } from '../dates.ts'

/** RFC 9111 §5.2.2.1 max-age plus RFC 5861 stale-while-revalidate: readers poll far less often than this. */
export const CACHE_OK = 'public, max-age=300, stale-while-revalidate=3600'
export const CACHE_ERROR = 'public, max-age=60'
export const CACHE_NONE = 'no-store'

/** Representations differ only by the compression Cloudflare negotiates. */
export const VARY = 'Accept-Encoding'

/**
 * RFC 9110 §15.4.5: "The server generating a 304 response MUST generate any of
 * the following header fields that would have been sent in a 200 (OK)
 * response to the same request: Content-Location, Date, ETag, and Vary;
 * Cache-Control and Expires". Last-Modified rides along so caches keep it;
 * the CORS middleware (app.ts) adds its fields to every answer, 304 included.
 */
const RETAINED_304_HEADERS = ['ETag', 'Last-Modified', 'Cache-Control', 'Vary']

export interface Representation {
  /** Text, or the bytes of an image. */
  body: string | Uint8Array
  /** Media type without parameters; `charset=utf-8` is added to text. */
  type: string
  /** ISO 8601 UTC instant of the newest article shown; absent for what only the code decides (the widget, icons, the feed stylesheet). */
  lastModified?: string
  extraHeaders?: Record<string, string>
  /**
   * Text that determines the body's bytes, hashed for the ETag instead of the
   * body when given: the digests of the kept parts an answer is put together
   * from and the values put in, a few hundred bytes where the body may be
   * hundreds of kilobytes.
   */
  validator?: string
  /** Bytes that are UTF-8 text (a kept answer): the type names its charset as for text. */
  utf8?: boolean
  /**
   * An RSS or Atom feed a browser may open: answered as `application/xml` to
   * a request that accepts HTML (see `forBrowser`).
   */
  browsable?: boolean
}

/**
 * Chromium shows `application/rss+xml` and `application/atom+xml` as plain
 * text and never applies their `<?xml-stylesheet?>`; as `application/xml` it
 * does. Browsers navigating ask for text/html (their Accept starts
 * "text/html,application/xhtml+xml,application/xml;q=0.9"); feed readers do
 * not. So the same bytes go to a browser as application/xml, with their own
 * strong ETag (RFC 9110 §8.8.3: one per representation), and every answer
 * says it varies by Accept.
 */
export function forBrowser(request: Request): boolean {
  return (request.headers.get('Accept') ?? '')
    .split(',')
    .some((range) => /^\s*text\/html\s*(;|$)/i.test(range) && !/;\s*q\s*=\s*0(\.0*)?\s*(;|$)/i.test(range))
}

export async function respond(request: Request, r: Representation): Promise<Response> {
  const text = typeof r.body === 'string' || r.utf8 === true
  const browser = r.browsable === true && forBrowser(request)
  const type = browser ? 'application/xml' : r.type
  const etag = await strongEtag(r.validator ?? r.body)
  const headers = new Headers({
    'Content-Type': text ? `${type}; charset=utf-8` : type,
    ETag: browser ? etag.replace(/"$/, '.xml"') : etag,
    ...(r.lastModified ? { 'Last-Modified': rfc822(r.lastModified) } : {}),
    'Cache-Control': CACHE_OK,
    Vary: r.browsable ? `Accept, ${VARY}` : VARY,
    'X-Content-Type-Options': 'nosniff',
    ...r.extraHeaders,
  })
  if (notModified(request, headers.get('ETag')!, r.lastModified)) {
    const kept = new Headers()
    for (const name of RETAINED_304_HEADERS) if (headers.has(name)) kept.set(name, headers.get(name)!)
    return new Response(null, { status: 304, headers: kept })
  }
  return new Response(r.body, { status: 200, headers })
}

/**
 * RFC 9110 §13.2.2: If-None-Match is evaluated first (weak comparison, §13.1.2);
 * only without it does If-Modified-Since count (§13.1.3), and "A recipient MUST
 * ignore the If-Modified-Since header field if the received field value is not
 * a valid HTTP-date".
 */
export function notModified(request: Request, etag: string, lastModified: string | undefined): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const inm = request.headers.get('If-None-Match')
  if (inm !== null) {
    if (inm.trim() === '*') return true
    const opaque = etag.replace(/^W\//, '')
    return inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque)
  }
  const ims = request.headers.get('If-Modified-Since')
  if (ims === null || lastModified === undefined) return false
  const since = Date.parse(ims)
  if (Number.isNaN(since)) return false
  // HTTP dates have whole seconds; so does Last-Modified.
  return Math.floor(Date.parse(lastModified) / 1000) * 1000 <= since
}

/** RFC 9110 §8.8.3: a strong validator changes whenever the bytes do; a digest of them does exactly that. */
export async function strongEtag(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let binary = ''
  for (const byte of digest.subarray(0, 18)) binary += String.fromCharCode(byte)
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')}"`
}
