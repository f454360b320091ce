import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_OPTIONS, fetchFeed, type FetchOptions, retryAfterSeconds } from '../../../src/sources/fetch.ts'
import { feedServer, type FeedServer, rssFeed } from './feed-server.ts'

const FEED = rssFeed([{ guid: 'a', title: 'A', text: 'Text', date: 'Mon, 04 Nov 2024 00:00:00 GMT' }])
const options: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, timeoutMs: 1500, maxBytes: 4096, maxRedirects: 3, maxRetryAfterSeconds: 2, userAgent: 'Gazette/test (+https://gazette.test)' }

let server: FeedServer
beforeAll(async () => {
  server = await feedServer({
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 04 Nov 2024 00:00:00 GMT', date: 'Tue, 05 Nov 2024 06:07:08 GMT' }).end(FEED)
    },
    '/hop1': (_req, res) => void res.writeHead(301, { location: '/hop2' }).end(),
    '/hop2': (_req, res) => void res.writeHead(302, { location: `${server.base}/feed` }).end(),
    '/loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_req, res) => void res.writeHead(302, { location: '/loop-a' }).end(),
    '/r1': (_req, res) => void res.writeHead(302, { location: '/r2' }).end(),
    '/r2': (_req, res) => void res.writeHead(302, { location: '/r3' }).end(),
    '/r3': (_req, res) => void res.writeHead(302, { location: '/r4' }).end(),
    '/r4': (_req, res) => void res.writeHead(302, { location: '/feed' }).end(),
    '/no-location': (_req, res) => void res.writeHead(302).end(),
    '/slow': () => {}, // never answers
    '/slow-body': (_req, res) => void res.writeHead(200, { 'content-type': 'text/xml' }).write('<rss>'),
    '/busy-once': (_req, res, hits) => {
      if (hits === 1) return void res.writeHead(429, { 'retry-after': '1' }).end()
      res.writeHead(200, { 'content-type': 'text/xml' }).end(FEED)
    },
    '/busy-long': (_req, res) => void res.writeHead(429, { 'retry-after': '3600' }).end(),
    '/busy-always': (_req, res) => void res.writeHead(429, { 'retry-after': '0' }).end(),
    '/busy-no-header': (_req, res) => void res.writeHead(503).end(),
    '/big-declared': (_req, res) => void res.writeHead(200, { 'content-length': '10000' }).end('x'.repeat(10000)),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' })
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000))
      res.end()
    },
    '/gone': (_req, res) => void res.writeHead(410, 'Gone').end(),
  })
})
afterAll(() => server.close())

describe('fetchFeed on a loopback server', () => {
  it('fetches a feed with its validators, the server date and a User-Agent that names Gazette', async () => {
    const outcome = await fetchFeed(`${server.base}/feed`, {}, options)
    expect(outcome.status).toBe('fetched')
    if (outcome.status !== 'fetched') return
    expect([Buffer.from(outcome.body).toString(), outcome.contentType, outcome.validators, outcome.date, outcome.url]).toEqual([
      FEED,
      'application/rss+xml',
      { etag: '"v1"', lastModified: 'Mon, 04 Nov 2024 00:00:00 GMT' },
      '2024-11-05T06:07:08Z',
      `${server.base}/feed`,
    ])
    expect(server.requests.at(-1)!.headers['user-agent']).toBe('Gazette/test (+https://gazette.test)')
  })

  it('asks conditionally and takes a 304 as not modified', async () => {
    expect(await fetchFeed(`${server.base}/feed`, { etag: '"v1"', lastModified: 'Mon, 04 Nov 2024 00:00:00 GMT' }, options)).toEqual({ status: 'not-modified' })
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe('Mon, 04 Nov 2024 00:00:00 GMT')
  })

  it('follows redirects, relative and absolute, and reports the final address', async () => {
    const outcome = await fetchFeed(`${server.base}/hop1`, {}, options)
    expect(outcome.status === 'fetched' && outcome.url).toBe(`${server.base}/feed`)
  })

  it('waits out a 429 with a short Retry-After once, then fetches', async () => {
    const started = performance.now()
    const outcome = await fetchFeed(`${server.base}/busy-once`, {}, options)
    expect(outcome.status).toBe('fetched')
    expect(performance.now() - started).toBeGreaterThanOrEqual(900)
  })

  it.each([
    ['a redirect loop', '/loop-a', /^redirect loop \(back to http:\/\/127\.0\.0\.1:\d+\/loop-a\)$/],
    ['more redirects than the limit', '/r1', /^too many redirects \(more than 3\)$/],
    ['a redirect without a Location', '/no-location', /^HTTP 302 redirect without a Location$/],
    ['a server that never answers', '/slow', /^timed out after 1\.5 s$/],
    ['a body that never ends', '/slow-body', /^timed out after 1\.5 s$/],
    ['a Retry-After longer than a build waits', '/busy-long', /^HTTP 429 Too Many Requests; Retry-After 3600 s is longer than the 2 s a build waits$/],
    ['a second 429 after waiting', '/busy-always', /^HTTP 429 Too Many Requests$/],
    ['a 503 without Retry-After', '/busy-no-header', /^HTTP 503 Service Unavailable without Retry-After$/],
    ['a declared size over the cap', '/big-declared', /^larger than the 4 KiB cap \(Content-Length 10000\)$/],
    ['a streamed size over the cap', '/big-chunked', /^larger than the 4 KiB cap$/],
    ['an HTTP error', '/gone', /^HTTP 410 Gone$/],
  ])('fails on %s, saying so', async (_name, path, reason) => {
    const outcome = await fetchFeed(`${server.base}${path}`, {}, options)
    expect(outcome.status).toBe('failed')
    expect(outcome.status === 'failed' && outcome.reason).toMatch(reason)
  })

  it('fails on a refused connection with the network reason', async () => {
    const closed = await feedServer({})
    const base = closed.base
    await closed.close()
    expect(await fetchFeed(`${base}/feed`, {}, options)).toEqual({ status: 'failed', reason: 'network error (ECONNREFUSED)' })
  })
})

describe('retryAfterSeconds', () => {
  it.each([
    ['120', null, 120],
    ['Tue, 05 Nov 2024 06:08:08 GMT', 'Tue, 05 Nov 2024 06:07:08 GMT', 60],
    ['Tue, 05 Nov 2024 06:00:00 GMT', 'Tue, 05 Nov 2024 06:07:08 GMT', 0],
    ['Tue, 05 Nov 2024 06:08:08 GMT', null, null],
    ['soon', 'Tue, 05 Nov 2024 06:07:08 GMT', null],
    [null, null, null],
  ])('%s (server date %s) is %s s', (value, date, seconds) => {
    expect(retryAfterSeconds(value, date)).toBe(seconds)
  })
})
