/**
 * Kept answers are the bytes the Worker would render: for every kept path of
 * the fixture catalog (markup, quotes, U+0001 and emoji in its text), the
 * answer the build kept, with a site's values put in, equals the answer the
 * Worker's app renders for that site when no answer is kept. The app runs in
 * Node over the laid-out files (an in-memory stand-in for the ASSETS binding).
 */
import { describe, expect, it } from 'vitest'
import { cutTokens, fillBytes, fillsExactly } from '../../src/served/answers.ts'
import type { AnswerManifest } from '../../src/served/answers.ts'
import { answersPath } from '../../src/served/index.ts'
import { assetsOver, servedFiles } from '../../src/served/write.ts'
import { app } from '../../src/worker/app.ts'
import type { Env } from '../../src/worker/env.ts'
import { FIXTURE_CATALOG } from '../fixtures/catalog/catalog.ts'

const files = await servedFiles(FIXTURE_CATALOG)
const manifest = JSON.parse(files.get(answersPath()) as string) as AnswerManifest
const withoutAnswers = new Map([...files].filter(([path]) => path !== answersPath()))

const SITES = [
  { name: 'the request origin and defaults', origin: 'http://gazette.test', vars: {} },
  {
    name: 'configured values with spaces, accents and emoji',
    origin: 'http://127.0.0.1:8787',
    vars: { SITE_URL: 'https://news.example.org/zürich', SITE_TITLE: 'Gazette Zürich ✓', SITE_DESCRIPTION: 'News, grouped by topic', SITE_LANGUAGE: 'de-CH' },
  },
]

describe('kept answers', () => {
  it('keep every feed, list and page without a query, for each topic with articles', () => {
    const paths = Object.keys(manifest)
    // The fixture has 4 topics, 3 with articles (sport has none). Feeds: 3 of all articles, 3 × 3 of topics, 3 of stories;
    // /api/articles, /api/stories, /api/topics; pages: /, /stories and 3 topic pages; /embed and 3 topic embeds; /opml.xml; /docs; /openapi.json.
    expect(paths).toHaveLength(3 + 9 + 3 + 3 + 2 + 3 + 1 + 3 + 1 + 1 + 1)
    expect(paths).toContain('/topics/world/embed')
    expect(paths).toContain('/topics/world/atom.xml')
    // An empty topic's answers are rendered per request (see below: the same bytes either way).
    expect(paths.filter((p) => p.startsWith('/topics/sport'))).toEqual([])
    // Each with the digest of its body, which tells publish-hub what changed.
    for (const kept of Object.values(manifest)) expect(kept.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(paths).toContain('/')
    expect(paths).not.toContain('/api/articles/0a0000000001')
  })

  for (const site of SITES) {
    it(`are byte for byte what the app renders, with ${site.name}`, async () => {
      const kept: Env = { ASSETS: assetsOver(files), ...site.vars }
      const rendered: Env = { ASSETS: assetsOver(withoutAnswers), ...site.vars }
      // Every kept path, and the empty topic's, which is rendered from either set of files.
      for (const path of [...Object.keys(manifest), '/topics/sport', '/topics/sport/feed.xml', '/topics/sport/embed']) {
        const a = await app.fetch(new Request(site.origin + path), kept)
        const b = await app.fetch(new Request(site.origin + path), rendered)
        expect(a.status, path).toBe(200)
        expect(await a.text(), path).toBe(await b.text())
        // The ETag is made from the kept body's digest, not the body: another value, as strong (see below).
        for (const header of ['Content-Type', 'Last-Modified', 'Cache-Control', 'Content-Security-Policy', 'X-Frame-Options']) {
          expect(a.headers.get(header), `${path} ${header}`).toBe(b.headers.get(header))
        }
      }
    })
  }

  it('have an ETag that a conditional request matches, and that changes with the site or the content', async () => {
    const env: Env = { ASSETS: assetsOver(files) }
    const etagOf = async (path: string, e: Env = env) => (await app.fetch(new Request(`http://gazette.test${path}`), e)).headers.get('ETag')!
    const etag = await etagOf('/feed.json')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(await etagOf('/feed.json')).toBe(etag)
    const again = await app.fetch(new Request('http://gazette.test/feed.json', { headers: { 'If-None-Match': etag } }), env)
    expect(again.status).toBe(304)
    expect(await etagOf('/atom.xml')).not.toBe(etag)
    expect(await etagOf('/feed.json', { ...env, SITE_TITLE: 'Another' })).not.toBe(etag)
    const edited = structuredClone(FIXTURE_CATALOG)
    edited.articles[0]!.summary = 'Another summary.'
    expect(await etagOf('/feed.json', { ASSETS: assetsOver(await servedFiles(edited)) })).not.toBe(etag)
  })

  it('put values in only where escaping would leave them as they are', () => {
    const site = { url: 'https://a.example', title: 'Gazette', description: 'News', language: 'en' }
    expect(fillsExactly(site)).toBe(true)
    for (const title of ['Tom & Jerry', 'A <b> site', 'Say "hi"', "Bob's"]) expect(fillsExactly({ ...site, title }), title).toBe(false)
  })

  it('cut the tokens out and mark their places in bytes, then put values in between byte slices', () => {
    const site = { url: 'https://a.example', title: 'Gazette', description: 'News', language: 'en' }
    const { kept, fills } = cutTokens('é<t>\uE000site-title\uE001: ü \uE000site-url\uE001/x')
    expect(kept).toBe('é<t>: ü /x')
    // "é<t>" is 2 + 3 bytes; ": ü " another 2 + 2 + 1.
    expect(fills).toEqual([
      [5, 'title'],
      [10, 'url'],
    ])
    const filled = fillBytes(new TextEncoder().encode(kept), fills, site)
    expect(new TextDecoder().decode(filled)).toBe('é<t>Gazette: ü https://a.example/x')
  })

  it('are not kept when article text holds a token character', async () => {
    const odd = structuredClone(FIXTURE_CATALOG)
    odd.articles[0]!.summary = 'A private-use \uE000 character.'
    expect((await servedFiles(odd)).has(answersPath())).toBe(false)
  })
})
