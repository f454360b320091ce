import { describe, expect, it } from 'vitest'
import { get, parseXml } from './client.ts'

async function atom(path: string) {
  const res = await get(path)
  expect(res.status).toBe(200)
  expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
  return parseXml(await res.text()).feed
}

describe('Atom 1.0 /atom.xml', () => {
  it('has id, title, updated, author, self and alternate links', async () => {
    const feed = await atom('/atom.xml')
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed['@xml:lang']).toBe('en')
    expect(feed.id).toBe('http://gazette.test/atom.xml')
    expect(feed.title).toEqual({ '#text': 'Gazette', '@type': 'text' })
    // NK's modified instant plus its id-derived sub-second tiebreaker (see atomUpdated).
    expect(feed.updated).toBe('2024-11-14T08:00:00.116277761Z')
    expect(feed.author).toEqual([{ name: 'Gazette', uri: 'http://gazette.test/' }])
    expect(feed.link).toEqual([
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': 'http://gazette.test/atom.xml' },
      { '@rel': 'alternate', '@type': 'text/html', '@href': 'http://gazette.test/' },
    ])
  })

  it('writes entries with id, dates, authors, categories, text summary and html content', async () => {
    const [nk, cafe, galaxy] = (await atom('/atom.xml')).entry
    expect(nk.id).toBe('urn:uuid:00000000-0000-4000-8000-0a0000000001')
    expect(nk.title).toEqual({ '#text': 'North Korea & Russia sign "strategic" <pact> 🚀', '@type': 'text' })
    expect(nk.published).toBe('2024-11-13T09:30:00Z')
    expect(nk.updated).toBe('2024-11-14T08:00:00.116277761Z')
    expect(nk.link).toEqual([
      { '@rel': 'alternate', '@type': 'text/html', '@href': 'http://gazette.test/articles/0a0000000001' },
      { '@rel': 'related', '@type': 'text/html', '@href': 'https://example.com/news/nk-russia?id=1&ref=rss' },
    ])
    expect(nk.author).toEqual([{ name: 'Daniel Kim' }])
    expect(nk.category).toEqual([
      { '@term': 'world', '@label': 'World', '@scheme': 'http://gazette.test/topics/' },
      { '@term': 'economy', '@label': 'Economy & Markets', '@scheme': 'http://gazette.test/topics/' },
    ])
    expect(nk.summary).toEqual({ '#text': "The treaty took effect on Wednesday. Officials called it a 'new era' & more.", '@type': 'text' })
    expect(nk.content['@type']).toBe('html')
    expect(nk.content['#text']).toContain('<p>About 11,000 troops were sent. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 🚀</p>')
    // No author and no source: the entry inherits the feed's author (RFC 4287 §4.1.1).
    expect(cafe.author).toBeUndefined()
    expect(cafe['@xml:lang']).toBe('de')
    // A javascript: "original" never becomes a link.
    expect(cafe.link).toEqual([{ '@rel': 'alternate', '@type': 'text/html', '@href': 'http://gazette.test/articles/0a0000000002' }])
    expect(galaxy.author).toEqual([{ name: 'Ana Müller' }, { name: 'Li Wei' }])
  })

  it('gives entries published at the same instant distinct updated values', async () => {
    const entries = (await atom('/atom.xml')).entry
    const updated = entries.map((e: any) => e.updated)
    expect(new Set(updated).size).toBe(updated.length)
    expect(entries[1].updated).toBe('2024-11-12T00:00:00.116277762Z')
    expect(entries[2].updated).toBe('2024-11-12T00:00:00.116277763Z')
  })

  it('credits an article without authors to its outlet', async () => {
    const climate = (await atom('/atom.xml')).entry[4]
    expect(climate.author).toEqual([{ name: 'AP' }])
  })

  it('names the topic feed after the topic and links its page', async () => {
    const feed = await atom('/topics/science/atom.xml?since=2024-11-05')
    expect(feed.id).toBe('http://gazette.test/topics/science/atom.xml?since=2024-11-05')
    expect(feed.title['#text']).toBe('Gazette: Science (since 2024-11-05)')
    expect(feed.author).toEqual([{ name: 'Gazette', uri: 'http://gazette.test/' }])
    expect(feed.subtitle['#text']).toBe('Research and discovery.')
    expect(feed.link[1]['@href']).toBe('http://gazette.test/topics/science?since=2024-11-05')
    expect(feed.entry.map((e: any) => e.id.slice(-2))).toEqual(['03'])
    expect(feed.updated).toBe('2024-11-12T00:00:00.116277763Z')
  })
})
