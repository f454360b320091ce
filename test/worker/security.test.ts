/**
 * Issue 13: security headers on every answer (errors, 304s and the limits'
 * answers included), CORS for reading only, bounds on a request, and the
 * requests that used to be served as if they were something else (a search
 * with no word, a cursor with an impossible date, an offset out of range).
 */
import { describe, expect, it } from 'vitest'
import { app } from '../../src/worker/app.ts'
import type { Env } from '../../src/worker/env.ts'
import { get } from './client.ts'

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
const PERMISSIONS =
  'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()'

/** A catalog that cannot be read: every request to it fails inside the Worker. */
const BROKEN: Env = { ASSETS: { fetch: async () => new Response('boom', { status: 500 }) } as unknown as Fetcher }
const broken = async (path: string): Promise<Response> => app.fetch(new Request(`http://gazette.test${path}`), BROKEN)

const etagOf = async (path: string) => (await get(path)).headers.get('ETag')!

describe('every HTML answer of a page', () => {
  it.each<[string, () => Promise<Response>, number]>([
    ['home', () => get('/'), 200],
    ['a topic', () => get('/topics/world'), 200],
    ['an article', () => get('/articles/0a0000000001'), 200],
    ['the contract page', () => get('/docs'), 200],
    ['a bad parameter', () => get('/?limit=0'), 400],
    ['an unknown page', () => get('/no/such/page'), 404],
    ['another method', () => get('/stories', { method: 'DELETE' }), 405],
    ['a query too long', () => get(`/?q=${'a'.repeat(3000)}`), 414],
    ['a catalog that cannot be read', () => broken('/stories'), 503],
  ])('%s: strict CSP, no framing, nosniff, Referrer-Policy, Permissions-Policy', async (_, request, status) => {
    const res = await request()
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Content-Security-Policy')).toBe(PAGE_CSP)
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('Permissions-Policy')).toBe(PERMISSIONS)
    // HSTS is the operator's choice, per zone: never sent from here.
    expect(res.headers.get('Strict-Transport-Security')).toBeNull()
  })

  it('sends the same on a 304, which refreshes the cached page headers', async () => {
    const res = await get('/topics/world', { headers: { 'If-None-Match': await etagOf('/topics/world') } })
    expect(res.status).toBe(304)
    expect(res.headers.get('Content-Security-Policy')).toBe(PAGE_CSP)
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
  })
})

describe('every answer of an embed page', () => {
  it.each<[string, () => Promise<Response>, number]>([
    ['all articles', () => get('/embed'), 200],
    ['a topic', () => get('/topics/world/embed'), 200],
    ['a bad parameter', () => get('/embed?compact=2'), 400],
    ['an unknown topic', () => get('/topics/nowhere/embed'), 404],
    ['another method', () => get('/embed', { method: 'PUT' }), 405],
    ['a catalog that cannot be read', () => broken('/embed'), 503],
  ])('%s: may be framed anywhere, runs only the height script', async (_, request, status) => {
    const res = await request()
    expect(res.status).toBe(status)
    const csp = res.headers.get('Content-Security-Policy')!
    expect(csp).toContain('frame-ancestors *')
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='(;|$)/)
    expect(csp).toContain("default-src 'none'")
    expect(res.headers.get('X-Frame-Options')).toBeNull()
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Permissions-Policy')).toBe(PERMISSIONS)
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(res.headers.get('Origin-Agent-Cluster')).toBeNull()
  })
})

describe('every answer of public data', () => {
  it.each<[string, () => Promise<Response>, number]>([
    ['a feed', () => get('/feed.xml'), 200],
    ['the API', () => get('/api/articles'), 200],
    ['the widget module', () => get('/widget.js'), 200],
    ['an icon', () => get('/icon.png'), 200],
    ['a bad parameter', () => get('/api/articles?limit=0'), 400],
    ['an unknown path', () => get('/api/nothing'), 404],
    ['another method', () => get('/feed.json', { method: 'POST' }), 405],
    ['a catalog that cannot be read', () => broken('/api/articles'), 503],
  ])('%s: nosniff, readable from any origin, no page policy', async (_, request, status) => {
    const res = await request()
    expect(res.status).toBe(status)
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    // Feed readers on other sites show the icons; scripts there read the feeds and the API (CORS).
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(res.headers.get('Content-Security-Policy')).toBeNull()
  })
})

describe('CORS', () => {
  it('lets a script on another site send GET and HEAD, and nothing else', async () => {
    const res = await get('/api/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dash.example', 'Access-Control-Request-Method': 'DELETE' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,HEAD')
  })

  it('lets it read why a request was refused', async () => {
    const res = await get('/api/articles?limit=0', { headers: { Origin: 'https://dash.example' } })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const long = await get(`/api/articles?q=${'a'.repeat(3000)}`, { headers: { Origin: 'https://dash.example' } })
    expect(long.status).toBe(414)
    expect(long.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })
})

describe('limits on a request', () => {
  // "q=" is 2 characters: 2 + 2046 = 2048, the most accepted.
  const query = (letters: number) => `q=${'a'.repeat(letters)}`
  const pairs = (n: number) => Array.from({ length: n }, () => 'topic=world').join('&')

  it.each([
    [`/api/articles?${query(2046)}`, 200, undefined],
    [`/api/articles?${query(2047)}`, 414, 'the query is 2049 characters long; at most 2048 are accepted'],
    [`/api/articles?${pairs(32)}`, 301, undefined],
    [`/api/articles?${pairs(33)}`, 400, 'the query has 33 parameters; at most 32 are accepted'],
    // Empty pairs are no parameters: "&&&" around 32 pairs is still 32.
    [`/api/articles?&&${pairs(32)}&&`, 301, undefined],
    // 2 + 2022 + 1 + 23 = 2048 as sent; the canonical until (…T10:00:00Z) adds 3: a 414 rather than a redirect to one.
    [`/api/articles?q=${'a'.repeat(2022)}&until=2024-11-12T10:00Z`, 414, 'the query is 2051 characters long; at most 2048 are accepted (written in canonical form)'],
    [`/api/${'a'.repeat(1019)}`, 404, undefined], // "/api/" is 5: 1024 in all
    [`/api/${'a'.repeat(1020)}`, 414, 'the path is 1025 characters long; at most 1024 are accepted'],
  ])('%#: %s answers %i', async (path, status, message) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    if (message === undefined) return
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toEqual({ status, error: status === 414 ? 'URI Too Long' : 'Bad Request', message })
  })

  it('answers a page in HTML, naming the limit and echoing nothing of the request', async () => {
    const res = await get(`/stories?q=%3Cscript%3E${'x'.repeat(3000)}`)
    expect(res.status).toBe(414)
    const html = await res.text()
    expect(html).toContain('the query is 3014 characters long; at most 2048 are accepted')
    expect(html).not.toContain('xxxx')
    expect(html).not.toContain('script&gt;')
  })
})

describe('no longer served as something else', () => {
  const cursor = (text: string) => btoa(text).replace(/=+$/, '')
  const NO_WORD = 'q: has no word to search for; a word is letters or digits (emoji, symbols and punctuation are not searched)'
  const NOT_A_CURSOR = 'cursor: not a cursor this API gave out'
  const OFFSET = (name: string, value: string) => `${name}: "${value}" has a UTC offset out of range; offsets run from -23:59 to +23:59`

  it.each([
    // A search with no word used to be dropped, serving the unfiltered list.
    ['/api/articles?q=%F0%9F%98%80', 'q', NO_WORD], // 😀
    ['/api/articles?q=%F0%9F%98%80%F0%9F%9A%80', 'q', NO_WORD], // 😀🚀
    ['/api/articles?q=%ED%A0%80', 'q', NO_WORD], // a lone surrogate in UTF-8: decoded as U+FFFD
    ['/api/articles?q=%E2%80%AE', 'q', NO_WORD], // a right-to-left override
    ['/feed.json?q=!!!', 'q', NO_WORD],
    // A cursor whose date cannot be used to page used to be accepted.
    [`/api/articles?cursor=${cursor('9999-99-99T99:99:99Z|zzzz')}`, 'cursor', NOT_A_CURSOR],
    [`/api/articles?cursor=${cursor('2024-02-30T00:00:00Z|0a0000000001')}`, 'cursor', NOT_A_CURSOR],
    [`/api/stories?cursor=${cursor('2024-11-12T00:00:00.5Z|st0000000001')}`, 'cursor', NOT_A_CURSOR],
    // An offset out of range used to throw (503).
    ['/feed.xml?since=2024-11-01T00:00:00-24:00', 'since', OFFSET('since', '2024-11-01T00:00:00-24:00')],
    ['/feed.xml?since=2024-11-01T00:00:00%2B99:99', 'since', OFFSET('since', '2024-11-01T00:00:00+99:99')],
    ['/feed.xml?until=2024-11-01T00:00:00%2B23:60', 'until', OFFSET('until', '2024-11-01T00:00:00+23:60')],
    // Used to redirect to +010000-01-01T00:59Z, which answered 400.
    ['/feed.xml?until=9999-12-31T23:59:59-01:00', 'until', 'until: "9999-12-31T23:59:59-01:00" is outside the years 0000 to 9999 once converted to UTC'],
  ])('%s answers 400 naming %s', async (path, parameter, message) => {
    const res = await get(path)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ status: 400, error: 'Bad Request', parameter, message })
  })

  it('says so on a page too, in HTML', async () => {
    const res = await get('/?q=%F0%9F%98%80')
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('q: has no word to search for')
  })

  it('still pages with a cursor it gave out', async () => {
    const first = (await (await get('/api/articles?limit=1')).json()) as { next_cursor: string }
    expect(first.next_cursor).toBe(cursor('2024-11-13T09:30:00Z|0a0000000001'))
    expect((await get(`/api/articles?limit=1&cursor=${first.next_cursor}`)).status).toBe(200)
  })
})

describe('a value with no name', () => {
  it('is named as such, not as a parameter called ""', async () => {
    const res = await get('/api/topics?=5')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      status: 400,
      error: 'Bad Request',
      parameter: '',
      message: 'a value with no parameter name ("=…"); this route takes no parameters',
    })
  })
})

describe('nothing sent comes back as markup', () => {
  it.each([
    ['/?%3Cscript%3Ealert(1)%3C/script%3E=1', 400, '&lt;script&gt;alert(1)&lt;/script&gt;: unknown parameter'],
    ['/?topic=%3Cimg%20src=x%20onerror=alert(1)%3E', 400, 'topic: unknown topic &quot;&lt;img src=x onerror=alert(1)&gt;&quot;'],
    ['/%3Cimg%20src=x%20onerror=alert(1)%3E', 404, 'nothing at /&lt;img src=x onerror=alert(1)&gt;'],
    ['/topics/%3Cb%3Ex/embed', 404, 'unknown topic &quot;&lt;b&gt;x&quot;'],
  ])('%s', async (path, status, shown) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    const html = await res.text()
    expect(html).toContain(shown)
    expect(html).not.toMatch(/<img src=x|<script>alert|<b>x/)
  })
})
