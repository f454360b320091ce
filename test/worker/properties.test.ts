/**
 * Property tests of the Worker in workerd (issue 13), over the requests of
 * requests.ts: whatever arrives, the answer is never a 5xx; an error is a
 * 4xx in JSON (HTML on pages) that names the problem; a feed or list parses;
 * a redirect leads to an answer, never to another redirect or an error; every
 * HTML answer carries the page policy. Fixed seeds, so a failure replays;
 * several, so each run covers different requests; bounded runs, so the
 * worker project stays fast.
 */
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { parseQuery, type Scope } from '../../src/worker/params.ts'
import { get, ORIGIN } from './client.ts'
import { headers, method, path, query, TOPICS } from './requests.ts'

const SEEDS = [13, 1313, 20241112]
const RUNS = 120

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 414: 'URI Too Long' }

/**
 * Whether people read the answers at a path (HTML, errors included), written
 * from the route table by hand: the API, feeds, the contract, the widget,
 * icons, robots.txt and anything shaped like them are read by programs.
 */
function isPagePath(path: string): boolean {
  // A page route's placeholder takes any segment: /topics/feed.json is the page of a topic named "feed.json".
  if (/^\/(topics|articles|stories)\/[^/]+$/.test(path) && !/^\/stories\/(feed\.xml|atom\.xml|feed\.json)$/.test(path)) return true
  if (/^\/topics\/[^/]+\/embed$/.test(path)) return true
  const data = ['/api', '/healthz', '/feed.xsl', '/favicon.ico', '/icon.svg', '/icon.png', '/logo.png', '/robots.txt']
  return !(data.includes(path) || path.startsWith('/api/') || /\.(xml|json|js)$/.test(path))
}

interface Sent {
  method: string
  headers: Record<string, string>
}

async function send(target: string, sent: Sent): Promise<{ res: Response; body: string }> {
  const res = await get(target, { method: sent.method, headers: sent.headers })
  return { res, body: sent.method === 'HEAD' ? '' : await res.text() }
}

/** Everything an answer must be, whatever was asked. */
function expectSound(target: string, sent: Sent, res: Response, body: string): void {
  const { status } = res
  const type = res.headers.get('Content-Type') ?? ''
  const where = `${sent.method} ${target} → ${status} ${type}`
  expect(status, where).toBeLessThan(500)
  expect(res.headers.get('X-Content-Type-Options'), where).toBe('nosniff')
  if (type.startsWith('text/html')) {
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp, where).toContain("default-src 'none'")
    expect(csp, where).toMatch(/frame-ancestors ('none'|\*)/)
    // No script except the embed pages' height script, by hash.
    const scripts = /script-src([^;]*)/.exec(csp)?.[1]
    if (scripts !== undefined) expect(scripts.trim(), where).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/)
    if (csp.includes("frame-ancestors 'none'")) expect(res.headers.get('X-Frame-Options'), where).toBe('DENY')
    expect(res.headers.get('Referrer-Policy'), where).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('Permissions-Policy'), where).toContain('camera=()')
    // Nothing sent comes back as markup: the only script element is an embed page's height script.
    const scriptsAllowed = scripts === undefined ? 0 : 1
    expect((body.match(/<script/gi) ?? []).length, where).toBeLessThanOrEqual(scriptsAllowed)
    expect(body, where).not.toMatch(/<[a-z]+\s[^>]*\son[a-z]+=/i)
  }
  if (status >= 400) {
    expect(Object.keys(REASONS).map(Number), where).toContain(status)
    const page = isPagePath(new URL(ORIGIN + target).pathname)
    expect(type, where).toBe(page ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8')
    if (status === 405) expect(res.headers.get('Allow'), where).toBe('GET, HEAD, OPTIONS')
    if (sent.method === 'HEAD') return
    if (page) {
      expect(body, where).toContain(`<h1>${REASONS[status]}</h1>`)
      expect(body, where).toMatch(/<\/h1><p>[^<]+<\/p>/)
    } else {
      const error = JSON.parse(body) as { status: number; error: string; message: string; parameter?: string }
      expect(error.status, where).toBe(status)
      expect(error.error, where).toBe(REASONS[status])
      expect(error.message.length, where).toBeGreaterThan(0)
      if (error.parameter) expect(error.message.startsWith(`${error.parameter}:`), where).toBe(true)
    }
    return
  }
  switch (status) {
    case 200:
      if (sent.method === 'HEAD') return
      if (/xml|xsl|opml|svg/.test(type)) expect(XMLValidator.validate(body), where).toBe(true)
      else if (/json/.test(type)) expect(() => JSON.parse(body), where).not.toThrow()
      else if (type.startsWith('text/html')) expect(body.startsWith('<!DOCTYPE html>'), where).toBe(true)
      return
    case 204:
      expect(sent.method, where).toBe('OPTIONS')
      return
    case 301:
      // A path on this site: never "//host" (protocol-relative), never another origin.
      expect(res.headers.get('Location'), where).toMatch(/^\/(?!\/)/)
      return
    case 304:
      expect('If-None-Match' in sent.headers || 'If-Modified-Since' in sent.headers, where).toBe(true)
      return
    default:
      expect.unreachable(`unexpected status: ${where}`)
  }
}

describe('any request', () => {
  const anyRequest = fc.asyncProperty(path, query, method, headers, async (p, q, m, h) => {
    const target = q === '' ? p : `${p}?${q}`
    const sent = { method: m, headers: h }
    const { res, body } = await send(target, sent)
    expectSound(target, sent, res, body)
    if (res.status !== 301) return
    // The canonical form answers: never another redirect, never an error.
    const location = res.headers.get('Location')!
    const next = await send(location, sent)
    expectSound(location, sent, next.res, next.body)
    expect([200, 304], `${target} → ${location} → ${next.res.status}`).toContain(next.res.status)
  })

  for (const seed of SEEDS) {
    it(`is answered soundly (seed ${seed})`, async () => {
      await fc.assert(anyRequest, { seed, numRuns: RUNS })
    })
  }
})

describe('canonical queries', () => {
  const SCOPES: Scope[] = ['feed', 'topic-feed', 'list', 'page', 'item', 'embed', 'topic-embed']
  const FIELDS = ['id', 'title', 'summary', 'url', 'date_published']
  // Pure, so many more runs than the requests above in the same time.
  const fixedPoint = fc.property(query, fc.constantFrom(...SCOPES), (q, scope) => {
    const first = parseQuery(new URL(`${ORIGIN}/?${q}`).searchParams, scope, new Set(TOPICS), FIELDS)
    if (!first.ok) return
    const again = parseQuery(new URL(`${ORIGIN}/?${first.canonical}`).searchParams, scope, new Set(TOPICS), FIELDS)
    expect(again, `${q} → ${first.canonical}`).toEqual(first)
  })

  for (const seed of SEEDS) {
    it(`are their own canonical form, with the same filters (seed ${seed})`, () => {
      fc.assert(fixedPoint, { seed, numRuns: 1000 })
    })
  }
})
