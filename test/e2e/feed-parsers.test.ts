/**
 * Every feed read back over real HTTP by feed parsers that others wrote:
 * feedsmith (RSS, Atom, JSON Feed) and @rowanmanning/feed-parser (RSS, Atom).
 */
import { parseFeed as rowanParse } from '@rowanmanning/feed-parser'
import { parseFeed as feedsmithParse } from 'feedsmith'
import { describe, expect, inject, it } from 'vitest'

const base = inject('workerUrl')
const text = async (path: string) => {
  const res = await fetch(base + path)
  expect(res.status).toBe(200)
  return res.text()
}

const IDS = [1, 2, 3, 4, 5].map((n) => `urn:uuid:00000000-0000-4000-8000-0a000000000${n}`)
const TITLE = 'North Korea & Russia sign "strategic" <pact> 🚀'

describe('feedsmith', () => {
  it('reads the RSS feed', async () => {
    const { format, feed } = feedsmithParse(await text('/feed.xml')) as any
    expect(format).toBe('rss')
    expect(feed.title).toBe('Gazette')
    expect(feed.atom.links).toEqual([{ href: `${base}/feed.xml`, rel: 'self', type: 'application/rss+xml' }])
    expect(feed.items.map((i: any) => i.guid.value)).toEqual(IDS)
    expect(feed.items.every((i: any) => i.guid.isPermaLink === false)).toBe(true)
    const [nk] = feed.items
    expect(nk.title).toBe(TITLE)
    expect(nk.dc.creators).toEqual(['Daniel Kim'])
    expect(nk.categories).toEqual([{ name: 'World' }, { name: 'Economy & Markets' }])
    expect(nk.content.encoded).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
  })

  it('reads the Atom feed', async () => {
    const { format, feed } = feedsmithParse(await text('/topics/world/atom.xml')) as any
    expect(format).toBe('atom')
    expect(feed.id).toBe(`${base}/topics/world/atom.xml`)
    expect(feed.title).toEqual({ value: 'Gazette: World', type: 'text' })
    expect(feed.entries.map((e: any) => e.id)).toEqual([IDS[0], IDS[3], IDS[4]])
    expect(feed.entries[0].summary).toEqual({ value: "The treaty took effect on Wednesday. Officials called it a 'new era' & more.", type: 'text' })
    expect(feed.entries[0].content.type).toBe('html')
  })

  it('reads the JSON Feed', async () => {
    const { format, feed } = feedsmithParse(await text('/feed.json?q=zurich')) as any
    expect(format).toBe('json')
    expect(feed.feed_url).toBe(`${base}/feed.json?q=zurich`)
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0].title).toBe('Zürich café prices rise for the élite')
    expect(feed.items[0].date_published).toBe('2024-11-12T00:00:00Z')
  })

  it('reads each JSON Feed item\'s body from content_html, its one body field', async () => {
    const { feed } = feedsmithParse(await text('/feed.json')) as any
    const [nk] = feed.items
    expect(nk.title).toBe(TITLE)
    expect(nk.content_html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(nk.content_text).toBeUndefined()
  })
})

describe('@rowanmanning/feed-parser', () => {
  it.each(['/feed.xml', '/atom.xml'])('reads %s', async (path) => {
    const feed = rowanParse(await text(path))
    expect(feed.title).toBe('Gazette')
    expect(feed.self).toBe(`${base}${path}`)
    expect(feed.url).toBe(`${base}/`)
    expect(feed.items.map((i) => i.id)).toEqual(IDS)
    const [nk, , galaxy] = feed.items
    expect(nk!.title).toBe(TITLE)
    expect(nk!.url).toBe(`${base}/articles/0a0000000001`)
    expect(nk!.published?.toISOString()).toBe('2024-11-13T09:30:00.000Z')
    expect(nk!.description).toBe("The treaty took effect on Wednesday. Officials called it a 'new era' & more.")
    expect(nk!.authors.map((a) => a.name)).toEqual(['Daniel Kim'])
    expect(nk!.categories.map((c) => c.label)).toEqual(['World', 'Economy & Markets'])
    expect(galaxy!.authors.map((a) => a.name)).toEqual(['Ana Müller', 'Li Wei'])
  })

  it('sees the update date of an updated article in Atom', async () => {
    const feed = rowanParse(await text('/atom.xml'))
    expect(feed.items[0]!.updated?.toISOString()).toBe('2024-11-14T08:00:00.116Z')
  })
})

describe('story feeds', () => {
  const STORY_IDS = ['urn:uuid:00000000-0000-4000-9000-000000000001', 'urn:uuid:00000000-0000-4000-9000-000000000002']
  const STORY_TITLE = 'North Korea & Russia: a "strategic" <pact>, and troops on the move'
  const STORY_SUMMARY = "Thousands of troops moved overnight. The treaty took effect on Wednesday & officials called it a 'new era'."

  it('feedsmith reads the RSS story feed', async () => {
    const { format, feed } = feedsmithParse(await text('/stories/feed.xml')) as any
    expect(format).toBe('rss')
    expect(feed.title).toBe('Gazette: Stories')
    expect(feed.link).toBe(`${base}/stories`)
    expect(feed.items.map((i: any) => i.guid.value)).toEqual(STORY_IDS)
    const [pact] = feed.items
    expect(pact.title).toBe(STORY_TITLE)
    expect(pact.link).toBe(`${base}/stories/st0000000001`)
    expect(pact.categories).toEqual([{ name: 'World' }, { name: 'Economy & Markets' }])
    expect(pact.content.encoded).toContain(`<a href="${base}/articles/0a0000000004">Troops move near the border</a>`)
    expect(pact.content.encoded).toContain('Figures reported: troops — some 3,000 in Kursk on 4 November 2024 (the US, via Reuters); about 11,000 (Yonhap News).')
  })

  it('feedsmith reads the Atom story feed, by topic', async () => {
    const { format, feed } = feedsmithParse(await text('/stories/atom.xml?topic=science')) as any
    expect(format).toBe('atom')
    expect(feed.title).toEqual({ value: 'Gazette: Stories (Science)', type: 'text' })
    expect(feed.entries.map((e: any) => e.id)).toEqual([STORY_IDS[1]])
    expect(feed.entries[0].published).toBe('2024-11-01T08:00:00Z')
    expect(feed.entries[0].content.type).toBe('html')
  })

  it('feedsmith reads the JSON story feed', async () => {
    const { format, feed } = feedsmithParse(await text('/stories/feed.json')) as any
    expect(format).toBe('json')
    expect(feed.feed_url).toBe(`${base}/stories/feed.json`)
    expect(feed.items.map((i: any) => i.id)).toEqual(STORY_IDS)
    expect(feed.items[0].summary).toBe(STORY_SUMMARY)
    expect(feed.items[0].date_modified).toBe('2024-11-13T09:30:00Z')
  })

  it.each(['/stories/feed.xml', '/stories/atom.xml'])('@rowanmanning/feed-parser reads %s', async (path) => {
    const feed = rowanParse(await text(path))
    expect(feed.title).toBe('Gazette: Stories')
    expect(feed.self).toBe(`${base}${path}`)
    expect(feed.url).toBe(`${base}/stories`)
    expect(feed.items.map((i) => i.id)).toEqual(STORY_IDS)
    const [pact] = feed.items
    expect(pact!.title).toBe(STORY_TITLE)
    expect(pact!.url).toBe(`${base}/stories/st0000000001`)
    expect(pact!.description).toBe(STORY_SUMMARY)
    expect(pact!.categories.map((c) => c.label)).toEqual(['World', 'Economy & Markets'])
    expect(pact!.content).toContain(`${base}/articles/0a0000000001`)
  })
})
