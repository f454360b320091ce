import { describe, expect, it } from 'vitest'
import { get } from './client.ts'

/** The attributes of every <link rel="alternate"> in a page, in order. */
function alternates(html: string): Record<string, string>[] {
  return [...html.matchAll(/<link rel="alternate"([^>]*)\/?>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  )
}

async function page(path: string, status = 200): Promise<string> {
  const res = await get(path)
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
  return res.text()
}

describe('home page', () => {
  it('announces all three feeds for autodiscovery', async () => {
    expect(alternates(await page('/'))).toEqual([
      { type: 'application/rss+xml', title: 'Gazette (RSS)', href: 'http://gazette.test/feed.xml' },
      { type: 'application/atom+xml', title: 'Gazette (Atom)', href: 'http://gazette.test/atom.xml' },
      { type: 'application/feed+json', title: 'Gazette (JSON Feed)', href: 'http://gazette.test/feed.json' },
    ])
  })

  it('lists the latest articles with source, date and topics, and links every topic feed', async () => {
    const html = await page('/')
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<a href="http://gazette.test/articles/0a0000000004">Troops move near the border</a>')
    expect(html).toContain('Reuters · <time datetime="2024-11-10T15:00:00Z">10 November 2024</time>')
    for (const slug of ['world', 'economy', 'science', 'sport']) {
      for (const file of ['feed.xml', 'atom.xml', 'feed.json']) expect(html).toContain(`href="http://gazette.test/topics/${slug}/${file}"`)
    }
  })

  it('escapes article text: no markup, no script, no forbidden characters', async () => {
    const html = await page('/')
    expect(html).toContain('North Korea &amp; Russia sign &quot;strategic&quot; &lt;pact&gt; 🚀')
    expect(html).not.toContain('<pact>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('\u0001')
  })

  it('searches with q and carries the query into its feed links', async () => {
    const html = await page('/?q=zurich')
    expect(html).toContain('<h1>Search: zurich</h1>')
    expect(html).toContain('Zürich café prices rise for the élite')
    expect(html).not.toContain('Troops move near the border')
    expect(alternates(html)[0]!.href).toBe('http://gazette.test/feed.xml?q=zurich')
  })
})

describe('topic page', () => {
  it('shows the topic with its own feeds', async () => {
    const html = await page('/topics/science')
    expect(html).toContain('<h1>Science</h1>')
    expect(html).toContain('<a href="http://gazette.test/topics/science" aria-current="page">Science</a>')
    expect(alternates(html).map((l) => l.href)).toEqual([
      'http://gazette.test/topics/science/feed.xml',
      'http://gazette.test/topics/science/atom.xml',
      'http://gazette.test/topics/science/feed.json',
    ])
    expect(html).toContain('Telescope spots a distant galaxy 🌌')
    expect(html).not.toContain('Troops move near the border')
  })

  it('answers 404 in HTML for an unknown topic', async () => {
    const html = await page('/topics/weather', 404)
    expect(html).toContain('<h1>Not Found</h1>')
    expect(html).toContain('unknown topic &quot;weather&quot;; topics are: economy, science, sport, world')
  })
})

describe('article page', () => {
  it('shows the article in full, its body escaped', async () => {
    const html = await page('/articles/0a0000000001')
    expect(html).toContain('<h1>North Korea &amp; Russia sign &quot;strategic&quot; &lt;pact&gt; 🚀</h1>')
    expect(html).toContain('By Daniel Kim · Yonhap News · SEOUL · <time datetime="2024-11-13T09:30:00Z">13 November 2024</time>')
    expect(html).toContain(' · updated <time datetime="2024-11-14T08:00:00Z">14 November 2024</time>')
    expect(html).toContain('<h2>Troops &amp; &quot;ratification&quot;</h2>')
    expect(html).toContain('<p>About 11,000 troops were sent. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 🚀</p>')
    expect(html).toContain('<a href="https://example.com/news/nk-russia?id=1&amp;ref=rss" rel="noopener noreferrer">Read the original at Yonhap News</a>')
    expect(html).not.toContain('<script')
  })

  it('never links a javascript: original', async () => {
    const html = await page('/articles/0a0000000002')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('Read the original')
  })

  it('answers 404 in HTML for an unknown article', async () => {
    expect(await page('/articles/ffffffffffff', 404)).toContain('There is no article &quot;ffffffffffff&quot;.')
  })
})
