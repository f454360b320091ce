/**
 * The quick path (src/worker/quick.ts) against the app it stands in front
 * of, in workerd over the fixture catalog: for every answer the build kept
 * and for /healthz, the same status, headers and bytes, whatever the method
 * and conditional headers; and every request it must leave to the app is
 * left to it.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/worker/app.ts'
import type { Env } from '../../src/worker/env.ts'
import { quickAnswer } from '../../src/worker/quick.ts'
import { ORIGIN } from './client.ts'

const ENV = env as unknown as Env

/** The paths the build kept an answer for, as the fixture's manifest lists them. */
async function keptPaths(): Promise<string[]> {
  const manifest = await ENV.ASSETS.fetch('https://assets.invalid/catalog/answers.json')
  return Object.keys(await manifest.json())
}

const requestsFor = (path: string, etag: string | null): [string, RequestInit][] => [
  ['GET', {}],
  ['HEAD', { method: 'HEAD' }],
  ['GET from a browser', { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9' } }],
  ['GET from another origin', { headers: { Origin: 'https://elsewhere.example' } }],
  ['GET revalidating', { headers: { 'If-None-Match': etag ?? '"none"' } }],
  ['HEAD revalidating by date', { method: 'HEAD', headers: { 'If-Modified-Since': 'Sun, 01 Dec 2030 00:00:00 GMT' } }],
].map(([name, init]) => [`${name as string} ${path}`, init as RequestInit])

async function both(path: string, init: RequestInit, e: Env = ENV) {
  const quick = await quickAnswer(new Request(ORIGIN + path, init), e)
  const viaApp = await app.fetch(new Request(ORIGIN + path, init), e)
  return { quick, viaApp }
}

describe('the quick path', () => {
  it('answers every kept answer and /healthz exactly as the app does', async () => {
    const paths = [...(await keptPaths()), '/healthz']
    // The fixture keeps the feeds, lists and pages of its three topics with articles: at least those 30.
    expect(paths.length).toBeGreaterThanOrEqual(31)
    for (const path of paths) {
      const etag = (await app.fetch(new Request(ORIGIN + path), ENV)).headers.get('ETag')
      for (const [name, init] of requestsFor(path, etag)) {
        const { quick, viaApp } = await both(path, init)
        expect(quick, name).toBeDefined()
        expect(quick!.status, name).toBe(viaApp.status)
        expect([...quick!.headers], name).toEqual([...viaApp.headers])
        expect(new Uint8Array(await quick!.arrayBuffer()), name).toEqual(new Uint8Array(await viaApp.arrayBuffer()))
      }
    }
  })

  it('puts on public data the CORS and data headers, and on pages the page policy', async () => {
    const feed = (await quickAnswer(new Request(`${ORIGIN}/feed.xml`), ENV))!
    expect(feed.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(feed.headers.get('Access-Control-Expose-Headers')).toBe('ETag,Last-Modified')
    expect(feed.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin')
    expect(feed.headers.get('Content-Security-Policy')).toBeNull()
    const home = (await quickAnswer(new Request(`${ORIGIN}/`), ENV))!
    expect(home.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(home.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(home.headers.get('X-Frame-Options')).toBe('DENY')
    const embed = (await quickAnswer(new Request(`${ORIGIN}/topics/world/embed`), ENV))!
    expect(embed.headers.get('Content-Security-Policy')).toContain('frame-ancestors *')
    expect(embed.headers.get('X-Frame-Options')).toBeNull()
  })

  it('leaves to the app what needs its router, check, rendering or errors', async () => {
    const left: [string, RequestInit][] = [
      ['/feed.xml?limit=5', {}], // a query: parsed and checked
      ['/feed.xml?LIMIT=5', {}], // redirected to its canonical form
      ['/topics/World/feed.xml', {}], // a slug not in canonical case: redirected
      ['/topics/nowhere/feed.xml', {}], // an unknown topic: 404
      ['/topics/sport/feed.xml', {}], // a topic with no articles: nothing kept, rendered
      ['/feed%2Exml', {}], // percent-encoded: Hono decodes it before matching
      ['/feed.xml/', {}], // no such route
      ['/api/articles/0a0000000001', {}], // not kept
      ['/robots.txt', {}], // not kept
      ['/feed.xml', { method: 'POST', body: 'x' }], // 405
      ['/feed.xml', { method: 'OPTIONS' }], // a preflight
    ]
    for (const [path, init] of left) expect(await quickAnswer(new Request(ORIGIN + path, init), ENV), path).toBeUndefined()
  })

  it('leaves feeds to the app when a hub is configured, and every kept answer when the site values do not fill exactly', async () => {
    const withHub = { ...ENV, WEBSUB_HUB: 'https://hub.example/' }
    expect(await quickAnswer(new Request(`${ORIGIN}/feed.xml`), withHub)).toBeUndefined()
    // Pages name no hub, so the kept page still serves.
    expect((await quickAnswer(new Request(`${ORIGIN}/`), withHub))?.status).toBe(200)
    const escaped = { ...ENV, SITE_TITLE: 'News & Views' }
    expect(await quickAnswer(new Request(`${ORIGIN}/`), escaped)).toBeUndefined()
    expect(await quickAnswer(new Request(`${ORIGIN}/api/articles`), escaped)).toBeUndefined()
    // The app renders it, with the title escaped.
    expect(await (await app.fetch(new Request(`${ORIGIN}/`), escaped)).text()).toContain('News &amp; Views')
  })

  it('leaves a request to the app when the catalog cannot be read, and the app answers 503', async () => {
    const broken = { ...ENV, ASSETS: { fetch: async () => new Response('down', { status: 500 }) } as unknown as Fetcher }
    expect(await quickAnswer(new Request(`${ORIGIN}/healthz`), broken)).toBeUndefined()
    expect(await quickAnswer(new Request(`${ORIGIN}/feed.xml`), broken)).toBeUndefined()
    expect((await app.fetch(new Request(`${ORIGIN}/healthz`), broken)).status).toBe(503)
  })
})
