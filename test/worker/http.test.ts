import { describe, expect, it } from 'vitest'
import { get } from './client.ts'

/** RFC 9110 §5.6.1: a list header's elements, whatever white space stands around its commas. */
const list = (header: string | null): string[] => (header ?? '').split(',').map((s) => s.trim())

const FEEDS = [
  ['/feed.xml', 'application/rss+xml; charset=utf-8'],
  ['/atom.xml', 'application/atom+xml; charset=utf-8'],
  ['/feed.json', 'application/feed+json; charset=utf-8'],
  ['/topics/world/feed.xml', 'application/rss+xml; charset=utf-8'],
  ['/api/articles', 'application/json; charset=utf-8'],
  ['/api/topics', 'application/json; charset=utf-8'],
  ['/', 'text/html; charset=utf-8'],
  ['/topics/world', 'text/html; charset=utf-8'],
  ['/articles/0a0000000001', 'text/html; charset=utf-8'],
  ['/stories/feed.xml', 'application/rss+xml; charset=utf-8'],
  ['/stories/atom.xml', 'application/atom+xml; charset=utf-8'],
  ['/stories/feed.json', 'application/feed+json; charset=utf-8'],
  ['/stories/feed.json?topic=science', 'application/feed+json; charset=utf-8'],
  ['/api/stories', 'application/json; charset=utf-8'],
  ['/api/stories/st0000000001', 'application/json; charset=utf-8'],
  ['/stories', 'text/html; charset=utf-8'],
  ['/stories/st0000000001', 'text/html; charset=utf-8'],
] as const

describe('headers', () => {
  it.each(FEEDS)('%s is %s with validators and caching', async (path, type) => {
    const res = await get(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe(type)
    expect(res.headers.get('ETag')).toMatch(/^"[A-Za-z0-9_-]{24}"$/)
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=3600')
    // RSS and Atom go to browsers as application/xml (so their stylesheet applies): they vary by Accept.
    expect(res.headers.get('Vary')).toBe(/(rss|atom)\+xml/.test(type) ? 'Accept, Accept-Encoding' : 'Accept-Encoding')
  })

  it('dates Last-Modified by the newest article shown', async () => {
    expect((await get('/feed.xml')).headers.get('Last-Modified')).toBe('Thu, 14 Nov 2024 08:00:00 GMT')
    expect((await get('/topics/science/feed.xml')).headers.get('Last-Modified')).toBe('Tue, 12 Nov 2024 00:00:00 GMT')
    expect((await get('/api/articles/0a0000000004')).headers.get('Last-Modified')).toBe('Sun, 10 Nov 2024 15:00:00 GMT')
  })

  it('allows any origin to read feeds and the API, and the validators', async () => {
    for (const path of ['/feed.xml', '/api/articles', '/api/topics']) {
      const res = await get(path)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
      expect(list(res.headers.get('Access-Control-Expose-Headers'))).toEqual(['ETag', 'Last-Modified'])
    }
  })

  it('forbids scripts on pages', async () => {
    const csp = (await get('/')).headers.get('Content-Security-Policy')
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('script-src')
  })

  it('gives byte-identical bodies and ETags to repeated and HEAD requests', async () => {
    const a = await get('/atom.xml')
    const b = await get('/atom.xml')
    expect(await a.text()).toBe(await b.text())
    expect(a.headers.get('ETag')).toBe(b.headers.get('ETag'))
    const head = await get('/atom.xml', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('ETag')).toBe(a.headers.get('ETag'))
    expect(head.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
    expect(await head.text()).toBe('')
  })

  it('gives different queries different ETags', async () => {
    const all = (await get('/feed.xml')).headers.get('ETag')
    const one = (await get('/feed.xml?limit=1')).headers.get('ETag')
    expect(all).not.toBe(one)
  })
})

describe('conditional requests', () => {
  it('answers 304 to a matching If-None-Match, keeping ETag, Cache-Control and Vary', async () => {
    const first = await get('/feed.json')
    const etag = first.headers.get('ETag')!
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get('/feed.json', { headers: { 'If-None-Match': inm } })
      expect(res.status, inm).toBe(304)
      expect(await res.text()).toBe('')
      expect(res.headers.get('ETag')).toBe(etag)
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=3600')
      expect(res.headers.get('Vary')).toBe('Accept-Encoding')
      expect(res.headers.get('Last-Modified')).toBe('Thu, 14 Nov 2024 08:00:00 GMT')
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
    expect((await get('/feed.json', { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200)
  })

  it.each([
    ['Thu, 14 Nov 2024 08:00:00 GMT', 304], // equal
    ['Fri, 15 Nov 2024 00:00:00 GMT', 304], // later
    ['Thu, 14 Nov 2024 07:59:59 GMT', 200], // earlier
    ['not a date', 200], // invalid: ignored
  ])('If-Modified-Since %s → %i', async (ims, status) => {
    const res = await get('/feed.xml', { headers: { 'If-Modified-Since': ims } })
    expect(res.status).toBe(status)
  })

  it('lets If-None-Match win over If-Modified-Since', async () => {
    const res = await get('/feed.xml', { headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': 'Fri, 15 Nov 2024 00:00:00 GMT' } })
    expect(res.status).toBe(200)
  })
})

describe('methods and unknown paths', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s answers 405 with Allow', async (method) => {
    for (const path of ['/feed.xml', '/api/articles', '/topics/world/atom.xml', '/']) {
      const res = await get(path, { method })
      expect(res.status).toBe(405)
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
    }
  })

  it('answers a CORS preflight', async () => {
    const res = await get('/api/articles', { method: 'OPTIONS', headers: { Origin: 'https://dash.example', 'Access-Control-Request-Method': 'GET' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(list(res.headers.get('Access-Control-Allow-Headers'))).toEqual(['If-None-Match', 'If-Modified-Since'])
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
  })

  it('answers 404 in JSON under /api and in HTML elsewhere', async () => {
    const api = await get('/api/nothing')
    expect(api.status).toBe(404)
    expect(api.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const page = await get('/nothing')
    expect(page.status).toBe(404)
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    // The static catalog files are not served directly.
    expect((await get('/catalog/index.json')).status).toBe(404)
  })
})

describe('story routes', () => {
  const STORY_PATHS = ['/stories/feed.xml', '/stories/atom.xml', '/stories/feed.json', '/api/stories', '/api/stories/st0000000002', '/stories', '/stories/st0000000002']

  it.each(STORY_PATHS)('%s revalidates: 304 to its ETag and to its Last-Modified, HEAD without a body', async (path) => {
    const first = await get(path)
    expect(first.status).toBe(200)
    const body = await first.text()
    const etag = first.headers.get('ETag')!
    const lastModified = first.headers.get('Last-Modified')!
    const byEtag = await get(path, { headers: { 'If-None-Match': etag } })
    expect(byEtag.status).toBe(304)
    expect(await byEtag.text()).toBe('')
    expect(byEtag.headers.get('ETag')).toBe(etag)
    expect(byEtag.headers.get('Last-Modified')).toBe(lastModified)
    expect((await get(path, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304)
    expect((await get(path, { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200)
    const head = await get(path, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('ETag')).toBe(etag)
    expect(await head.text()).toBe('')
    expect(await (await get(path)).text()).toBe(body)
  })

  it('lets any origin read the story feeds and API, keeping CORS on a 304', async () => {
    for (const path of ['/stories/feed.xml', '/stories/atom.xml', '/stories/feed.json', '/api/stories', '/api/stories/st0000000001']) {
      const res = await get(path)
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
      expect(list(res.headers.get('Access-Control-Expose-Headers'))).toEqual(['ETag', 'Last-Modified'])
      const again = await get(path, { headers: { 'If-None-Match': res.headers.get('ETag')! } })
      expect(again.status).toBe(304)
      expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
    // Pages are for people: no CORS, and no script.
    const page = await get('/stories/st0000000001')
    expect(page.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
  })

  it('dates Last-Modified by the stories shown (a story page also by its articles)', async () => {
    expect((await get('/stories/feed.xml')).headers.get('Last-Modified')).toBe('Wed, 13 Nov 2024 09:30:00 GMT')
    expect((await get('/stories/atom.xml?topic=science')).headers.get('Last-Modified')).toBe('Tue, 12 Nov 2024 00:00:00 GMT')
    expect((await get('/api/stories/st0000000002')).headers.get('Last-Modified')).toBe('Tue, 12 Nov 2024 00:00:00 GMT')
    // NK, a report in the pact story, was updated on the 14th.
    expect((await get('/stories/st0000000001')).headers.get('Last-Modified')).toBe('Thu, 14 Nov 2024 08:00:00 GMT')
    // An article page names its story: the story's latest report dates it too.
    expect((await get('/articles/0a0000000004')).headers.get('Last-Modified')).toBe('Wed, 13 Nov 2024 09:30:00 GMT')
  })

  it.each(['POST', 'DELETE'])('%s answers 405 with Allow, in JSON on feeds and API, in HTML on pages', async (method) => {
    for (const [path, type] of [
      ['/stories/feed.xml', 'application/json'],
      ['/api/stories', 'application/json'],
      ['/api/stories/st0000000001', 'application/json'],
      ['/stories', 'text/html'],
      ['/stories/st0000000001', 'text/html'],
    ] as const) {
      const res = await get(path, { method })
      expect(res.status, path).toBe(405)
      expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
      expect(res.headers.get('Content-Type')).toBe(`${type}; charset=utf-8`)
    }
  })

  it('answers a CORS preflight on the story API', async () => {
    const res = await get('/api/stories', { method: 'OPTIONS', headers: { Origin: 'https://dash.example', 'Access-Control-Request-Method': 'GET' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })
})
