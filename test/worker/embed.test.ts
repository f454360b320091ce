/**
 * For dashboards: the embed pages (the only framable answers), the widget
 * module, and sparse API lists (`fields=`).
 */
import { describe, expect, it } from 'vitest'
import { HEIGHT_SCRIPT, HEIGHT_SCRIPT_HASH } from '../../src/render/pages/embed-script.ts'
import { get } from './client.ts'

async function page(path: string, status = 200): Promise<{ res: Response; html: string }> {
  const res = await get(path)
  expect(res.status, path).toBe(status)
  return { res, html: await res.text() }
}

const links = (html: string) => [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!)
const titles = (html: string) => [...html.matchAll(/<h2><a [^>]*>([^<]*)<\/a><\/h2>/g)].map((m) => m[1]!)

describe('/embed', () => {
  it('lists the latest articles, every link opening a new tab with rel="noopener"', async () => {
    const { res, html } = await page('/embed?limit=3')
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(titles(html)).toEqual([
      'North Korea &amp; Russia sign &quot;strategic&quot; &lt;pact&gt; 🚀',
      'Zürich café prices rise for the élite',
      'Telescope spots a distant galaxy 🌌',
    ])
    for (const link of links(html)) expect(link).toMatch(/^href="http:\/\/gazette\.test\/[^"]*" target="_blank" rel="noopener"$/)
    expect(html).toContain('<a href="http://gazette.test/articles/0a0000000001" target="_blank" rel="noopener">')
    // The full page of the same selection, with only the parameters a page takes.
    expect(html).toContain('<a href="http://gazette.test/?limit=3" target="_blank" rel="noopener">More on Gazette</a>')
    expect(html).toContain('The treaty took effect on Wednesday. Officials called it a &#39;new era&#39; &amp; more.')
    expect(html).toContain('links open in a new tab')
  })

  it('loads nothing from elsewhere: one inline style and one script, no other element that fetches', async () => {
    const { html } = await page('/embed')
    expect(html).not.toMatch(/<(img|link|iframe|object|embed|video|audio|source)\b/)
    expect(html).not.toMatch(/\ssrc=/)
    expect([...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])).toEqual([HEIGHT_SCRIPT])
  })

  it('may be framed by any site, and runs only the height script, allowed by its hash', async () => {
    const { res, html } = await page('/embed')
    const csp = res.headers.get('Content-Security-Policy')!
    expect(csp).toContain('frame-ancestors *')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`script-src ${HEIGHT_SCRIPT_HASH}`)
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('X-Frame-Options')).toBeNull()
    // CSP Level 3 §8.4: the base64 SHA-256 of the script element's text.
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script)))
    expect(`'sha256-${btoa(String.fromCharCode(...digest))}'`).toBe(HEIGHT_SCRIPT_HASH)
  })

  it.each([
    ['theme=dark', 'color-scheme:dark;', 'prefers-color-scheme'],
    ['theme=light', 'color-scheme:light;', 'prefers-color-scheme'],
    ['', 'color-scheme:light dark;', undefined],
  ])('colours %s after the theme', async (query, scheme, absent) => {
    const { html } = await page(`/embed${query ? `?${query}` : ''}`)
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
    expect(style).toContain(scheme)
    if (absent) expect(style).not.toContain(absent)
    else expect(style).toContain('@media (prefers-color-scheme:dark)')
  })

  it('leaves summaries out with summary=0, and sets tighter with compact=1', async () => {
    const { html } = await page('/embed?summary=0&compact=1')
    expect(html).toContain('<html lang="en" class="compact">')
    expect(html).not.toContain('The treaty took effect on Wednesday.')
    expect(titles(html)).toHaveLength(5)
  })

  it('takes the usual filters', async () => {
    expect(titles((await page('/embed?topic=science')).html)).toEqual(['Telescope spots a distant galaxy 🌌', 'Climate summit opens in Baku'])
    expect(titles((await page('/embed?q=zurich')).html)).toEqual(['Zürich café prices rise for the élite'])
    expect((await page('/embed?topic=sport')).html).toContain('<p>No articles match.</p>')
  })

  it.each([
    ['/embed?theme=auto', '/embed'],
    ['/embed?summary=1&compact=0', '/embed'],
    ['/embed?THEME=Dark', '/embed?theme=dark'],
    ['/embed?compact=1&theme=light&limit=5', '/embed?limit=5&theme=light&compact=1'],
    ['/topics/World/embed?theme=dark', '/topics/world/embed?theme=dark'],
  ])('redirects %s to its canonical form %s', async (path, location) => {
    const res = await get(path)
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe(location)
  })

  it.each([
    ['/embed?theme=blue', 'theme: must be one of auto, light, dark'],
    ['/embed?summary=yes', 'summary: must be 0 or 1'],
    ['/embed?compact=2', 'compact: must be 0 or 1'],
    ['/embed?cursor=abc', 'cursor: not accepted on this route'],
    ['/topics/world/embed?topic=economy', 'topic: not accepted on this route'],
    ['/?theme=dark', 'theme: not accepted on this route'],
  ])('answers %s with an HTML 400 saying why', async (path, message) => {
    const { res, html } = await page(path, 400)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(html).toContain(message)
  })
})

describe('/topics/{slug}/embed', () => {
  it("lists one topic's articles under its title, linking its page", async () => {
    const { html } = await page('/topics/world/embed?q=troops')
    expect(html).toContain('<title>Gazette: World</title>')
    expect(titles(html)).toEqual(['North Korea &amp; Russia sign &quot;strategic&quot; &lt;pact&gt; 🚀', 'Troops move near the border'])
    expect(html).toContain('<a href="http://gazette.test/topics/world?q=troops" target="_blank" rel="noopener">Gazette: World</a>')
  })

  it('answers an unknown topic with 404', async () => {
    await page('/topics/nowhere/embed', 404)
  })
})

describe('framing', () => {
  it.each([
    ['/', 200],
    ['/topics/world', 200],
    ['/articles/0a0000000001', 200],
    ['/stories', 200],
    ['/stories/st0000000001', 200],
    ['/docs', 200],
    ['/?limit=0', 400],
    ['/articles/zz-nothing', 404],
    ['/no/such/page', 404],
  ])('refuses it on every other HTML answer: %s', async (path, status) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('Content-Security-Policy')).not.toContain('script-src')
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
  })

  it.each([
    ['/embed?limit=500', 400, 'limit: must be a whole number from 1 to 100'],
    ['/topics/nowhere/embed', 404, 'unknown topic &quot;nowhere&quot;'],
  ])('allows it on an embed route’s error, so the dashboard shows the reason: %s', async (path, status, message) => {
    const res = await get(path)
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *')
    expect(res.headers.get('X-Frame-Options')).toBeNull()
    expect(await res.text()).toContain(message)
  })

  it('refuses it on a 405 page too', async () => {
    const res = await get('/stories', { method: 'POST' })
    expect(res.status).toBe(405)
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
  })
})

describe('/widget.js', () => {
  it('serves the module to any origin, with an ETag and a day of cache', async () => {
    const res = await get('/widget.js', { headers: { Origin: 'https://dash.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=86400, stale-while-revalidate=604800')
    expect(res.headers.get('Last-Modified')).toBeNull()
    const body = await res.text()
    expect(body).toContain("customElements.define('gazette-feed', GazetteFeed)")
    expect(body).not.toContain('innerHTML')
    const again = await get('/widget.js', { headers: { 'If-None-Match': res.headers.get('ETag')! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('Cache-Control')).toBe('public, max-age=86400, stale-while-revalidate=604800')
  })

  it('takes no parameters', async () => {
    expect((await get('/widget.js?v=2')).status).toBe(400)
  })
})

describe('fields= on the API lists', () => {
  const json = async (path: string, status = 200) => {
    const res = await get(path)
    expect(res.status, path).toBe(status)
    return (await res.json()) as any
  }

  it('sends only the fields named, in the order of a whole item', async () => {
    const body = await json('/api/articles?limit=2&fields=date_published,id,summary,title,url')
    expect(body.items).toEqual([
      {
        id: '0a0000000001',
        url: 'http://gazette.test/articles/0a0000000001',
        title: 'North Korea & Russia sign "strategic" <pact> 🚀',
        summary: "The treaty took effect on Wednesday. Officials called it a 'new era' & more.",
        date_published: '2024-11-13T09:30:00Z',
      },
      {
        id: '0a0000000002',
        url: 'http://gazette.test/articles/0a0000000002',
        title: 'Zürich café prices rise for the élite',
        summary: 'Prices in Zürich rose 4% this year.',
        date_published: '2024-11-12T00:00:00Z',
      },
    ])
    expect(Object.keys(body.items[0])).toEqual(['id', 'url', 'title', 'summary', 'date_published'])
    expect(body.total).toBe(5)
    expect(body.next_cursor).toEqual(expect.any(String))
  })

  it('keeps whole items, bodies included, without fields=', async () => {
    const [item] = (await json('/api/articles?limit=1')).items
    expect(item).toHaveProperty('content_html')
    expect(item).toHaveProperty('content_text')
  })

  it('works on stories, with their own field names', async () => {
    const body = await json('/api/stories?fields=article_count,id')
    expect(body.items).toEqual([
      { id: 'st0000000001', article_count: 2 },
      { id: 'st0000000002', article_count: 2 },
    ])
  })

  it.each([
    ['/api/articles?fields=url,id,url', '/api/articles?fields=id,url'],
    ['/api/articles?fields=Title,%20ID', '/api/articles?fields=id,title'],
  ])('redirects %s to its canonical form (sorted, each once)', async (path, location) => {
    const res = await get(path)
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe(location)
  })

  it.each([
    ['/api/articles?fields=id,body,html', 'fields: unknown field "body", "html"; fields are: id, url, external_url, title, summary, content_text'],
    ['/api/stories?fields=date_published', 'fields: unknown field "date_published"; fields are: id, url, title, summary, articles'],
    ['/api/articles/0a0000000001?fields=id', 'fields: not accepted on this route'],
    ['/feed.json?fields=id', 'fields: not accepted on this route'],
  ])('answers %s with a 400 naming what is wrong', async (path, message) => {
    const body = await json(path, 400)
    expect(body.parameter).toBe('fields')
    expect(body.message.startsWith(message)).toBe(true)
  })

  it('lets a script on another origin revalidate: If-None-Match allowed, ETag exposed', async () => {
    const preflight = await get('/api/articles?fields=id', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dash.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    })
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('If-None-Match')
    const res = await get('/api/articles?fields=id', { headers: { Origin: 'https://dash.example' } })
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag')
    const again = await get('/api/articles?fields=id', { headers: { Origin: 'https://dash.example', 'If-None-Match': res.headers.get('ETag')! } })
    expect(again.status).toBe(304)
  })
})
