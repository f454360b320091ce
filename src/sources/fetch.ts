/**
 * Fetching one upstream feed at build time, politely (Node only: the Worker
 * imports nothing from src/sources/). Each rule is a limit so that one slow,
 * huge or broken source cannot stall or break the build:
 * - one deadline per source (`timeoutMs`) covering connection, redirects,
 *   waits and the body;
 * - a size cap (`maxBytes`), checked against Content-Length and while reading;
 * - redirects followed by hand, at most `maxRedirects`, and a loop is named
 *   as one (RFC 9110 §15.4: "A client SHOULD detect and intervene in cyclical
 *   redirections");
 * - conditional GET with the validators of the last good fetch
 *   (If-None-Match, If-Modified-Since: RFC 9110 §13.1), so an unchanged feed
 *   costs a 304;
 * - 429 and 503 with Retry-After (RFC 9110 §10.2.3, RFC 6585 §4) waited
 *   once when the wait is at most `maxRetryAfterSeconds`, else reported;
 * - a User-Agent that says what is asking and where to read about it.
 * Whatever happens comes back as an outcome, never a throw.
 */

export interface FetchOptions {
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
  maxRetryAfterSeconds: number
  userAgent: string
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  maxRetryAfterSeconds: 30,
  userAgent: userAgent(null),
}

/** `Gazette/0.1 (feed aggregator; +https://site)`: RFC 9110 §10.1.5 product and comment, with where to learn more. */
export function userAgent(siteUrl: string | null): string {
  return `Gazette/0.1 (feed aggregator; ${siteUrl ? `+${siteUrl}` : 'build-time fetch of curated sources'})`
}

export interface Validators {
  etag?: string
  lastModified?: string
}

export type FetchOutcome =
  | {
      status: 'fetched'
      body: Uint8Array
      contentType: string | null
      validators: Validators
      /** The server's Date header (ISO UTC), when it sent one: the first-seen date of undated items. */
      date: string | null
      /** The address the body came from, after redirects: relative links resolve against it. */
      url: string
    }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: string }

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** What a feed fetch asks for (RFC 9110 §12.5.1): the feed types first, anything else last, since many servers label feeds wrongly. */
export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
/** What an article page fetch asks for (sources/full-text.ts). */
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1'

/** One address fetched under the rules above; `accept` says what kind of document is wanted. */
export async function fetchFeed(url: string, validators: Validators, options: FetchOptions = DEFAULT_FETCH_OPTIONS, accept = FEED_ACCEPT): Promise<FetchOutcome> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    return await follow(url, validators, options, accept, controller.signal)
  } catch (error) {
    if (controller.signal.aborted) return { status: 'failed', reason: `timed out after ${options.timeoutMs / 1000} s` }
    return { status: 'failed', reason: networkReason(error) }
  } finally {
    clearTimeout(timer)
  }
}

async function follow(start: string, validators: Validators, options: FetchOptions, accept: string, signal: AbortSignal): Promise<FetchOutcome> {
  const visited = new Set<string>()
  let url = start
  let waited = false
  for (let hop = 0; ; hop++) {
    if (visited.has(url)) return { status: 'failed', reason: `redirect loop (back to ${url})` }
    visited.add(url)
    const headers: Record<string, string> = { 'user-agent': options.userAgent, accept }
    if (validators.etag) headers['if-none-match'] = validators.etag
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified
    const response = await fetch(url, { headers, redirect: 'manual', signal })
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel()
      const location = response.headers.get('location')
      if (!location) return { status: 'failed', reason: `HTTP ${response.status} redirect without a Location` }
      if (hop + 1 > options.maxRedirects) return { status: 'failed', reason: `too many redirects (more than ${options.maxRedirects})` }
      url = new URL(location, url).href
      if (!/^https?:/.test(url)) return { status: 'failed', reason: `redirected to a non-http(s) address (${url})` }
      continue
    }
    if (response.status === 304) {
      await response.body?.cancel()
      return { status: 'not-modified' }
    }
    if ((response.status === 429 || response.status === 503) && !waited) {
      await response.body?.cancel()
      const seconds = retryAfterSeconds(response.headers.get('retry-after'), response.headers.get('date'))
      const label = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      if (seconds === null) return { status: 'failed', reason: `${label} without Retry-After` }
      if (seconds > options.maxRetryAfterSeconds) return { status: 'failed', reason: `${label}; Retry-After ${seconds} s is longer than the ${options.maxRetryAfterSeconds} s a build waits` }
      await sleep(seconds * 1000, signal)
      waited = true
      visited.delete(url)
      hop--
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      return { status: 'failed', reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }
    }
    const declared = Number(response.headers.get('content-length'))
    if (declared > options.maxBytes) {
      await response.body?.cancel()
      return { status: 'failed', reason: `larger than the ${sizeLabel(options.maxBytes)} cap (Content-Length ${declared})` }
    }
    const body = await readCapped(response, options.maxBytes)
    if (body === null) return { status: 'failed', reason: `larger than the ${sizeLabel(options.maxBytes)} cap` }
    const etag = response.headers.get('etag')
    const lastModified = response.headers.get('last-modified')
    const date = Date.parse(response.headers.get('date') ?? '')
    return {
      status: 'fetched',
      body,
      contentType: response.headers.get('content-type'),
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
      date: Number.isNaN(date) ? null : new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      url,
    }
  }
}

/** Retry-After as seconds: delay-seconds, or an HTTP-date counted from the response's own Date (not this machine's clock). */
export function retryAfterSeconds(value: string | null, responseDate: string | null): number | null {
  if (value === null) return null
  if (/^\s*\d+\s*$/.test(value)) return Number(value)
  const at = Date.parse(value)
  const now = Date.parse(responseDate ?? '')
  if (Number.isNaN(at) || Number.isNaN(now)) return null
  return Math.max(0, Math.ceil((at - now) / 1000))
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true })
  })
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : `${+(bytes / 1024).toFixed(1)} KiB`
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if (cause?.code) return `network error (${cause.code})`
  return `network error (${(error as Error).message})`
}
