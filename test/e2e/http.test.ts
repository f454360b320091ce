/** Over real HTTP on loopback: determinism, conditional GETs, canonical redirects. */
import { describe, expect, inject, it } from 'vitest'

const base = inject('workerUrl')

describe('determinism', () => {
  it.each(['/feed.xml', '/atom.xml', '/feed.json', '/topics/world/atom.xml?q=troops', '/stories/feed.xml', '/stories/atom.xml?topic=world', '/api/stories'])(
    '%s is byte-identical across requests', async (path) => {
    const a = await fetch(base + path)
    const b = await fetch(base + path)
    expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer()))).toBe(true)
    expect(a.headers.get('ETag')).toBe(b.headers.get('ETag'))
    expect(a.headers.get('Last-Modified')).toBe(b.headers.get('Last-Modified'))
  })
})

describe('304 round trip', () => {
  it.each(['/feed.xml', '/atom.xml', '/feed.json', '/stories/feed.xml', '/stories/atom.xml', '/stories/feed.json', '/api/stories/st0000000001'])(
    '%s revalidates with its ETag and with its Last-Modified', async (path) => {
    const first = await fetch(base + path)
    await first.arrayBuffer()
    const etag = first.headers.get('ETag')!
    const lastModified = first.headers.get('Last-Modified')!
    const byEtag = await fetch(base + path, { headers: { 'If-None-Match': etag } })
    expect(byEtag.status).toBe(304)
    expect(byEtag.headers.get('ETag')).toBe(etag)
    expect(await byEtag.text()).toBe('')
    const byDate = await fetch(base + path, { headers: { 'If-Modified-Since': lastModified } })
    expect(byDate.status).toBe(304)
  })
})

describe('canonical URLs', () => {
  it('redirects an equivalent query and serves the canonical one, whose self link is itself', async () => {
    const res = await fetch(`${base}/feed.xml?limit=3&topic=WORLD,economy`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe('/feed.xml?topic=economy,world&limit=3')
    const followed = await fetch(`${base}/feed.xml?limit=3&topic=WORLD,economy`)
    expect(followed.url).toBe(`${base}/feed.xml?topic=economy,world&limit=3`)
    expect(await followed.text()).toContain(`<atom:link href="${base}/feed.xml?topic=economy,world&amp;limit=3" rel="self"`)
  })
})
