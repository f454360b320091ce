/**
 * What feed readers and browsers get beside the feeds: the OPML subscription
 * list, the feed stylesheet and how feeds are answered to a browser, icons,
 * robots.txt, and WebSub hub links (only with WEBSUB_HUB).
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/worker/app.ts'
import type { Env } from '../../src/worker/env.ts'
import { get, ORIGIN, parseXml } from './client.ts'

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'

describe('/opml.xml', () => {
  it('lists the all-articles, stories and every topic RSS feed (OPML 2.0 required attributes)', async () => {
    const res = await get('/opml.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/x-opml; charset=utf-8')
    const doc = parseXml(await res.text())
    expect(doc.opml['@version']).toBe('2.0')
    expect(doc.opml.head.title).toBe('Gazette: every feed')
    expect(doc.opml.head.dateModified).toBe('Thu, 14 Nov 2024 08:00:00 GMT')
    const outlines = [doc.opml.body.outline].flat()
    const topics = ((await (await get('/api/topics')).json()) as any).items
    expect(outlines.map((o: any) => o['@xmlUrl'])).toEqual([
      `${ORIGIN}/feed.xml`,
      `${ORIGIN}/stories/feed.xml`,
      ...topics.map((t: any) => t.feeds.rss),
    ])
    for (const o of outlines) {
      expect(o['@type']).toBe('rss')
      expect(o['@text']).toMatch(/^Gazette/)
      expect(o['@htmlUrl']).toMatch(new RegExp(`^${ORIGIN}/`))
    }
  })

  it('is linked from the home page', async () => {
    expect(await (await get('/')).text()).toContain(`href="${ORIGIN}/opml.xml"`)
  })
})

describe('feeds in a browser', () => {
  it.each(['/feed.xml', '/atom.xml', '/stories/feed.xml', '/stories/atom.xml', '/topics/world/feed.xml'])(
    '%s names the stylesheet right after the XML declaration',
    async (path) => {
      const text = await (await get(path)).text()
      expect(text.split('\n').slice(0, 2)).toEqual(['<?xml version="1.0" encoding="utf-8"?>', '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>'])
    },
  )

  it('answers a browser (Accept: text/html) as application/xml with its own ETag, a reader as RSS', async () => {
    const reader = await get('/feed.xml')
    const browser = await get('/feed.xml', { headers: { Accept: BROWSER_ACCEPT } })
    expect(reader.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8')
    expect(browser.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    expect(await browser.text()).toBe(await reader.text())
    expect(browser.headers.get('ETag')).not.toBe(reader.headers.get('ETag'))
    const again = await get('/feed.xml', { headers: { Accept: BROWSER_ACCEPT, 'If-None-Match': browser.headers.get('ETag')! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('Vary')).toBe('Accept, Accept-Encoding')
    // text/html;q=0 is a refusal, not a wish.
    const refused = await get('/atom.xml', { headers: { Accept: 'text/html;q=0, application/atom+xml' } })
    expect(refused.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
    // JSON Feed is never offered as XML.
    expect((await get('/feed.json', { headers: { Accept: BROWSER_ACCEPT } })).headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8')
  })

  it('/feed.xsl is an XSLT 1.0 stylesheet that copies feed text as text only', async () => {
    const res = await get('/feed.xsl')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/xslt+xml; charset=utf-8')
    expect(res.headers.get('Last-Modified')).toBeNull()
    const text = await res.text()
    expect(parseXml(text)['xsl:stylesheet']['@version']).toBe('1.0')
    expect(text).not.toContain('disable-output-escaping')
    expect(text).toContain('copy this address into your feed reader')
    const etag = res.headers.get('ETag')!
    expect((await get('/feed.xsl', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })
})

describe('icons and robots.txt', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  const size = (bytes: Uint8Array) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset)
    return [view.getUint32(16), view.getUint32(20)]
  }

  it.each([
    ['/icon.png', 512, 512],
    ['/logo.png', 144, 72],
  ])('%s is a %i × %i PNG', async (path, width, height) => {
    const res = await get(path)
    expect(res.headers.get('Content-Type')).toBe('image/png')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.subarray(0, 8)]).toEqual(PNG)
    expect(size(bytes)).toEqual([width, height])
    // The zlib stream inflates to one filter byte and width/8 bytes a row.
    const idat = bytes.subarray(8 + 25 + 18 + 8)
    const length = new DataView(idat.buffer, idat.byteOffset - 8).getUint32(0)
    const raw = await new Response(new Blob([idat.subarray(0, length)]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer()
    expect(raw.byteLength).toBe(height * (1 + Math.ceil(width / 8)))
  })

  it('/favicon.ico is an ICO holding a 32 px PNG; /icon.svg is SVG', async () => {
    const ico = new Uint8Array(await (await get('/favicon.ico')).arrayBuffer())
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0])
    expect([...ico.subarray(22, 30)]).toEqual(PNG)
    expect(size(ico.subarray(22))).toEqual([32, 32])
    const svg = await get('/icon.svg')
    expect(svg.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8')
    expect(parseXml(await svg.text()).svg['@viewBox']).toBe('0 0 100 100')
  })

  it('/robots.txt allows everything', async () => {
    const res = await get('/robots.txt')
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8')
    expect(await res.text()).toBe('User-agent: *\nAllow: /\n')
  })

  it('feeds name their icon, logo and image', async () => {
    const rss = parseXml(await (await get('/feed.xml')).text()).rss.channel
    expect(rss.image).toEqual({ url: `${ORIGIN}/logo.png`, title: rss.title, link: rss.link, width: '144', height: '72' })
    const atom = parseXml(await (await get('/atom.xml')).text()).feed
    expect([atom.icon, atom.logo]).toEqual([`${ORIGIN}/icon.png`, `${ORIGIN}/logo.png`])
    const json = (await (await get('/feed.json')).json()) as any
    expect([json.icon, json.favicon]).toEqual([`${ORIGIN}/icon.png`, `${ORIGIN}/favicon.ico`])
  })
})

describe('WebSub', () => {
  const HUB = 'https://hub.example/'
  const withHub = (path: string) => app.fetch(new Request(ORIGIN + path), { ...(env as unknown as Env), WEBSUB_HUB: HUB })

  it('without WEBSUB_HUB, no feed names a hub', async () => {
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/stories/feed.xml']) {
      const res = await get(path)
      expect(res.headers.get('Link')).toBeNull()
      expect(await res.text()).not.toMatch(/"hub"|hubs/)
    }
  })

  it('with WEBSUB_HUB, every feed names it in its body and a Link header, beside its self link', async () => {
    const rss = await withHub('/feed.xml')
    expect(rss.headers.get('Link')).toBe(`<${HUB}>; rel="hub", <${ORIGIN}/feed.xml>; rel="self"`)
    const links = parseXml(await rss.text()).rss.channel['atom:link']
    expect(links.map((l: any) => [l['@rel'], l['@href']])).toEqual([['self', `${ORIGIN}/feed.xml`], ['hub', HUB]])
    const atom = parseXml(await (await withHub('/topics/world/atom.xml')).text()).feed
    expect(atom.link.find((l: any) => l['@rel'] === 'hub')['@href']).toBe(HUB)
    const json = (await (await withHub('/stories/feed.json')).json()) as any
    expect(json.hubs).toEqual([{ type: 'WebSub', url: HUB }])
  })

  it('ignores a hub that is not an http(s) URL', async () => {
    const res = await app.fetch(new Request(`${ORIGIN}/feed.xml`), { ...(env as unknown as Env), WEBSUB_HUB: 'javascript:alert(1)' })
    expect(await res.text()).not.toContain('rel="hub"')
  })
})

describe('pages a reader trusts', () => {
  it('carry a canonical link, Open Graph and Twitter card meta, icons and feed alternates', async () => {
    const html = await (await get('/articles/0a0000000001')).text()
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/articles/0a0000000001"/>`)
    expect(html).toContain('<meta property="og:type" content="article"/>')
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/articles/0a0000000001"/>`)
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/icon.png"/>`)
    expect(html).toContain('<meta name="twitter:card" content="summary"/>')
    expect(html).toContain(`<link rel="icon" href="${ORIGIN}/favicon.ico" sizes="32x32"/>`)
    for (const path of ['/', '/stories', '/topics/world', '/stories/st0000000001', '/docs', '/nothing-here']) {
      expect(await (await get(path)).text(), path).toContain('<link rel="alternate" type="application/rss+xml"')
    }
  })

  it('leave empty topics out of the navigation, which links to Stories; the home page marks them', async () => {
    const html = await (await get('/')).text()
    const nav = html.slice(html.indexOf('<nav aria-label="Topics">'), html.indexOf('</nav>'))
    expect(nav).toContain(`<a href="${ORIGIN}/stories">Stories</a>`)
    expect(nav).not.toContain('/topics/sport')
    expect(html).toContain('Sport</a> (no articles yet)')
    // Shown when it is the page itself.
    expect(await (await get('/topics/sport')).text()).toContain(`<a href="${ORIGIN}/topics/sport" aria-current="page">Sport</a>`)
  })

  it('show search words as typed, in the heading, the box and the feed titles', async () => {
    const res = await get('/?q=North+Korea')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h1>Search: North Korea</h1>')
    expect(html).toContain('name="q" value="North Korea"')
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/?q=North+Korea"/>`)
    const feed = (await (await get('/feed.json?q=North+Korea')).json()) as any
    expect(feed.title).toBe('Gazette (“North Korea”)')
    // The same articles as the folded words find.
    const folded = (await (await get('/feed.json?q=korea+north')).json()) as any
    expect(feed.items.map((i: any) => i.id)).toEqual(folded.items.map((i: any) => i.id))
  })

  it('never show a seed file name as a source; an unknown outlet is shown as unknown', async () => {
    const html = await (await get('/articles/0a0000000002')).text()
    expect(html).toContain('Outlet unknown · ')
    expect(html).not.toMatch(/\.txt/)
    const api = (await (await get('/api/stories')).json()) as any
    expect(JSON.stringify(api)).not.toMatch(/\.txt/)
  })
})
