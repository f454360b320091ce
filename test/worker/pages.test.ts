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
  it('inlines the stylesheet verbatim: its child combinators and quoted font names unescaped', async () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(await page('/'))![1]!
    expect(style).toContain('.articles>li{')
    expect(style).toContain('Georgia,"Times New Roman",serif')
    expect(style).not.toContain('&gt;')
  })

  it('announces all three feeds for autodiscovery, then the story feeds', async () => {
    expect(alternates(await page('/'))).toEqual([
      { type: 'application/rss+xml', title: 'Gazette (RSS)', href: 'http://gazette.test/feed.xml' },
      { type: 'application/atom+xml', title: 'Gazette (Atom)', href: 'http://gazette.test/atom.xml' },
      { type: 'application/feed+json', title: 'Gazette (JSON Feed)', href: 'http://gazette.test/feed.json' },
      { type: 'application/rss+xml', title: 'Gazette: Stories (RSS)', href: 'http://gazette.test/stories/feed.xml' },
      { type: 'application/atom+xml', title: 'Gazette: Stories (Atom)', href: 'http://gazette.test/stories/atom.xml' },
      { type: 'application/feed+json', title: 'Gazette: Stories (JSON Feed)', href: 'http://gazette.test/stories/feed.json' },
    ])
  })

  it('shows the latest stories with their span and outlets, and links all of them', async () => {
    const html = await page('/')
    expect(html).toContain('<h2 id="stories">Stories</h2>')
    expect(html).toContain(
      '<h3><a href="http://gazette.test/stories/st0000000001">North Korea &amp; Russia: a &quot;strategic&quot; &lt;pact&gt;, and troops on the move</a></h3>' +
        '<p class="meta"><time datetime="2024-11-10T15:00:00Z">10 November 2024</time> – <time datetime="2024-11-13T09:30:00Z">13 November 2024</time>' +
        ' · 2 articles from Reuters, Yonhap News</p>',
    )
    expect(html).toContain('<a href="http://gazette.test/stories">All stories</a>')
    // A search shows articles only.
    expect(await page('/?q=zurich')).not.toContain('id="stories"')
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
    expect(html).toContain('<meta name="description" content="Research and discovery."/>')
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
    // Search results and link previews show the article's own summary, escaped.
    expect(html).toContain('<meta name="description" content="The treaty took effect on Wednesday. Officials called it a &#39;new era&#39; &amp; more."/>')
    expect(html).toContain('<p>About 11,000 troops were sent. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 🚀</p>')
    expect(html).toContain('<a href="https://example.com/news/nk-russia?id=1&amp;ref=rss" rel="noopener noreferrer">Read at Yonhap News</a>')
    // Its folded copy came from another outlet, named once; the article's own outlet is not repeated.
    expect(html).toContain('<p class="meta">Also carried by Korea Herald</p>')
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

describe('stories page', () => {
  it('lists the stories newest first with the story feeds for autodiscovery', async () => {
    const html = await page('/stories')
    expect(html).toContain('<h1>Stories</h1>')
    expect(html).toContain('<p class="meta">2 stories</p>')
    const first = html.indexOf('href="http://gazette.test/stories/st0000000001"')
    const second = html.indexOf('href="http://gazette.test/stories/st0000000002"')
    expect(first).toBeGreaterThan(-1)
    expect(second).toBeGreaterThan(first)
    expect(alternates(html).map((l) => l.href)).toEqual([
      'http://gazette.test/stories/feed.xml',
      'http://gazette.test/stories/atom.xml',
      'http://gazette.test/stories/feed.json',
    ])
  })

  it('takes the story filters and carries them into its feed links', async () => {
    const html = await page('/stories?q=telescope')
    expect(html).toContain('<h1>Stories: telescope</h1>')
    expect(html).toContain('<p class="meta">1 story</p>')
    expect(html).toContain('Climate summit opens in Baku')
    expect(html).not.toContain('st0000000001')
    expect(alternates(html)[0]).toEqual({
      type: 'application/rss+xml',
      title: 'Gazette: Stories (RSS)',
      href: 'http://gazette.test/stories/feed.xml?q=telescope',
    })
    expect(await page('/stories?topic=sport')).toContain('No stories match.')
  })

  it('answers a bad parameter with a 400 page naming it', async () => {
    expect(await page('/stories?limit=0', 400)).toContain('limit: must be a whole number from 1 to 100')
  })
})

describe('story page', () => {
  it('shows title, date span, outlets, topics and summary, escaped', async () => {
    const html = await page('/stories/st0000000001')
    expect(html).toContain('<title>North Korea &amp; Russia: a &quot;strategic&quot; &lt;pact&gt;, and troops on the move · Gazette</title>')
    expect(html).toContain('<h1>North Korea &amp; Russia: a &quot;strategic&quot; &lt;pact&gt;, and troops on the move</h1>')
    expect(html).toContain(
      '<p class="meta"><time datetime="2024-11-10T15:00:00Z">10 November 2024</time> – <time datetime="2024-11-13T09:30:00Z">13 November 2024</time> · 2 articles from Reuters, Yonhap News</p>',
    )
    expect(html).toContain('<p>Thousands of troops moved overnight. The treaty took effect on Wednesday &amp; officials called it a &#39;new era&#39;.</p>')
    expect(html).toContain(
      '<meta name="description" content="Thousands of troops moved overnight. The treaty took effect on Wednesday &amp; officials called it a &#39;new era&#39;."/>',
    )
    expect(html).not.toContain('<pact>')
    expect(html).not.toContain('<drills>')
    expect(html).not.toContain('\u0001')
  })

  it('tabulates the claim: each figure as written with where and when, who gives it, the outlet that reports it, and their words', async () => {
    const html = await page('/stories/st0000000001')
    // The US's figure via Reuters, Yonhap's in its own voice: figures reported, not outlets disagreeing.
    expect(html).toContain('<h2>Figures reported</h2>')
    expect(html).not.toContain('disagree')
    expect(html).toContain(
      '<tbody><tr><th scope="rowgroup" rowspan="2">troops</th><td data-label="Reported">some 3,000 in Kursk on 4 November 2024</td>' +
        '<td data-label="Said by">the US</td><td data-label="Via">Reuters</td>' +
        '<td data-label="In their words"><q>Some 3,000 troops crossed into Kursk on Monday: &quot;routine&quot; &lt;drills&gt; &amp; &#39;no cause for alarm&#39;, the US said.</q></td></tr>' +
        '<tr><td data-label="Reported">about 11,000</td><td data-label="Said by"><span class="muted">not attributed</span></td><td data-label="Via">Yonhap News</td>' +
        '<td data-label="In their words"><q>About 11,000 troops were sent.</q></td></tr></tbody>',
    )
  })

  it('lists every article with source, date and summary, linking its page', async () => {
    const html = await page('/stories/st0000000001')
    const reports = html.slice(html.indexOf('<h2>Reports</h2>'))
    expect(reports).toContain(
      '<h3><a href="http://gazette.test/articles/0a0000000001">North Korea &amp; Russia sign &quot;strategic&quot; &lt;pact&gt; 🚀</a></h3>' +
        '<p class="meta">Yonhap News · <time datetime="2024-11-13T09:30:00Z">13 November 2024</time>' +
        ' · <a href="https://example.com/news/nk-russia?id=1&amp;ref=rss" rel="noopener noreferrer">Read at Yonhap News</a></p>' +
        '<p>The treaty took effect on Wednesday. Officials called it a &#39;new era&#39; &amp; more.</p>',
    )
    expect(reports).toContain('<a href="http://gazette.test/articles/0a0000000004">Troops move near the border</a>')
    expect(reports.indexOf('0a0000000001')).toBeLessThan(reports.indexOf('0a0000000004'))
  })

  it('has no claims table for a story without claims, and announces the story feeds', async () => {
    const html = await page('/stories/st0000000002')
    expect(html).not.toContain('Figures reported')
    expect(html).not.toContain('<table')
    expect(alternates(html).map((l) => l.title)).toEqual(['Gazette: Stories (RSS)', 'Gazette: Stories (Atom)', 'Gazette: Stories (JSON Feed)'])
  })

  it('answers 404 in HTML for an unknown story', async () => {
    const html = await page('/stories/ffffffffffff', 404)
    expect(html).toContain('<h1>Not Found</h1>')
    expect(html).toContain('There is no story &quot;ffffffffffff&quot;.')
  })
})

describe('article page and its story', () => {
  it('names and links the story an article belongs to', async () => {
    expect(await page('/articles/0a0000000004')).toContain(
      '<p class="story">Part of the story <a href="http://gazette.test/stories/st0000000001">' +
        'North Korea &amp; Russia: a &quot;strategic&quot; &lt;pact&gt;, and troops on the move</a> (2 articles from Reuters, Yonhap News).</p>',
    )
    expect(await page('/articles/0a0000000003')).toContain('<a href="http://gazette.test/stories/st0000000002">Climate summit opens in Baku</a>')
  })

  it('says nothing of stories for an article in none', async () => {
    expect(await page('/articles/0a0000000002')).not.toContain('Part of the story')
  })
})

describe('/docs', () => {
  it('shows every route of the contract with its parameters, answers and an example link', async () => {
    const html = await page('/docs')
    const contract = (await (await get('/openapi.json')).json()) as any
    for (const [path, item] of Object.entries<any>(contract.paths)) {
      expect(html, path).toContain(`<code>GET ${path}</code>`)
      const example = item.get['x-example'].replace(/&/g, '&amp;')
      expect(html, path).toContain(`<a href="http://gazette.test${example}">${example}</a>`)
    }
    // The /api/articles section names its eight parameters, and limit's bounds.
    const articles = html.slice(html.indexOf('<code>GET /api/articles</code>'), html.indexOf('<code>GET /api/articles/{id}</code>'))
    expect([...articles.matchAll(/<li><code>(\w+)<\/code> <span class="meta">query/g)].map((m) => m[1])).toEqual([
      'topic', 'exclude', 'q', 'since', 'until', 'limit', 'cursor', 'fields',
    ])
    expect(articles).toContain('integer 1 to 100 (default 20)')
    expect(articles).toContain('<a href="#schema-ArticleList">ArticleList</a>')
    expect(html).toContain('<section id="schema-ArticleList">')
  })

  it('runs no script and loads nothing from elsewhere', async () => {
    const res = await get('/docs')
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html).not.toContain('<script')
    expect([...html.matchAll(/(?:src|href)="(https?:[^"]*)"/g)].map((m) => new URL(m[1]!).host).filter((h) => h !== 'gazette.test')).toEqual([])
  })
})
