import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_OPTIONS } from '../../../src/sources/fetch.ts'
import { emptyState, gatherSources, type SourceReport, stateText } from '../../../src/sources/gather.ts'
import { feedServer, type FeedServer, rssFeed } from './feed-server.ts'

const DAY1 = rssFeed([
  { guid: 'a', title: 'Alpha', text: 'First item.', date: 'Mon, 04 Nov 2024 10:00:00 GMT' },
  { guid: 'b', title: 'Beta', text: 'Second item.', date: 'Sun, 03 Nov 2024 10:00:00 GMT' },
])
// The next day the feed has a new item and has dropped "b": b stays, from the state.
const DAY2 = rssFeed([
  { guid: 'c', title: 'Gamma', text: 'Third item.', date: 'Tue, 05 Nov 2024 10:00:00 GMT' },
  { guid: 'a', title: 'Alpha (edited title)', text: 'First item.', date: 'Mon, 04 Nov 2024 10:00:00 GMT' },
])
const UNDATED = rssFeed([{ guid: 'u', title: 'Undated', text: 'No date anywhere.' }])

let day = 1
let failing = false
let server: FeedServer
beforeAll(async () => {
  server = await feedServer({
    '/rolling': (req, res) => {
      if (failing) return void res.writeHead(500).end()
      const etag = `"day${day}"`
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end()
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(day === 1 ? DAY1 : DAY2)
    },
    '/plain': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(DAY1),
    '/html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Sign in</body></html>'),
    '/garbage': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff])),
    '/undated': (_req, res) => void res.writeHead(200, { 'content-type': 'text/xml', date: 'Wed, 06 Nov 2024 12:00:00 GMT' }).end(UNDATED),
  })
})
afterAll(() => server.close())

const seedsDir = mkdtempSync(join(tmpdir(), 'gazette-sources-'))
writeFileSync(join(seedsDir, 'local.xml'), rssFeed([{ guid: 'l', title: 'Local', text: 'From a file.', date: 'Fri, 01 Nov 2024 00:00:00 GMT' }], 'Local Feed'))
const options = { seedsDir, fetch: { ...DEFAULT_FETCH_OPTIONS, timeoutMs: 2000 }, concurrency: 2 }
const row = (r: SourceReport) => [r.status, r.reason ?? null, r.items, r.new, r.kept]

describe('gatherSources', () => {
  it('reports each source: a wrong Content-Type still parses, HTML and garbage fail with the reason, a missing file too; a local file is read', async () => {
    const sources = ['/plain', '/html', '/garbage'].map((p) => ({ url: `${server.base}${p}` }))
    const { reports, items } = await gatherSources([...sources, { url: 'local.xml' }, { url: 'missing.xml' }], emptyState(), options)
    expect(reports.map(row)).toEqual([
      ['fetched', null, 2, 2, 0],
      ['failed', 'not a feed: an HTML page', 0, 0, 0],
      // A zip header; not UTF-8, so read as windows-1252, where 0xff is ÿ.
      ['failed', 'not a feed: neither XML nor JSON (starts with "PK\\u0003\\u0004ÿ")', 0, 0, 0],
      ['fetched', null, 1, 1, 0],
      ['failed', 'cannot read missing.xml in the seeds folder (ENOENT)', 0, 0, 0],
    ])
    expect(items.map((i) => [i.title, i.source, i.externalUrl])).toEqual([
      ['Alpha', 'Loopback News', 'https://loopback.example/a'],
      ['Beta', 'Loopback News', 'https://loopback.example/b'],
      ['Local', 'Local Feed', 'https://loopback.example/l'],
    ])
  })

  it('over builds: keeps items a feed has dropped, reuses them on 304 and on failure, and keeps ids when a title is edited', async () => {
    const source = [{ url: `${server.base}/rolling` }]
    day = 1
    const first = await gatherSources(source, emptyState(), options)
    day = 2
    const second = await gatherSources(source, first.state, options)
    const third = await gatherSources(source, second.state, options)
    failing = true
    const fourth = await gatherSources(source, third.state, options)
    failing = false
    expect([first, second, third, fourth].map((g) => row(g.reports[0]!))).toEqual([
      ['fetched', null, 2, 2, 0],
      ['fetched', null, 3, 1, 1],
      ['not modified', null, 3, 0, 3],
      ['failed', 'HTTP 500 Internal Server Error', 3, 0, 3],
    ])
    expect(second.items.map((i) => i.title)).toEqual(['Gamma', 'Alpha (edited title)', 'Beta'])
    expect(second.items.find((i) => i.title.startsWith('Alpha'))!.id).toBe(first.items.find((i) => i.title === 'Alpha')!.id)
    // The same state gives the same items and the same state file, byte for byte.
    expect(JSON.stringify(fourth.items)).toBe(JSON.stringify(third.items))
    expect(stateText(fourth.state)).toBe(stateText(third.state))
    expect(third.state.sources[source[0]!.url]!.validators).toEqual({ etag: '"day2"' })
  })

  it('dates an undated item by the server\'s Date when first seen, and keeps that date', async () => {
    const source = [{ url: `${server.base}/undated` }]
    const first = await gatherSources(source, emptyState(), options)
    const again = await gatherSources(source, first.state, options)
    expect([first.items[0]!.published, again.items[0]!.published]).toEqual(['2024-11-06T12:00:00Z', '2024-11-06T12:00:00Z'])
    expect(first.state.sources[source[0]!.url]!.firstSeen).toEqual({ u: '2024-11-06T12:00:00Z' })
  })
})
