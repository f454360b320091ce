/**
 * Item packs by date and by topic group (src/served/item-packs.ts,
 * write-item-packs.ts): how topics are grouped, which packs a page reads,
 * and that a pack is read only as far as the page needs.
 */
import { describe, expect, it } from 'vitest'
import { indexPath, ITEM_PACK_SIZE, type ServedIndex, topicGroupsPath } from '../../src/served/index.ts'
import { choosePacks } from '../../src/served/item-packs.ts'
import { groupTopics } from '../../src/served/write-item-packs.ts'
import { assetsOver, servedFiles } from '../../src/served/write.ts'
import { app } from '../../src/worker/app.ts'
import { manyArticles } from '../fixtures/catalog/many.ts'

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

describe('groupTopics', () => {
  it('gives a topic of more than ITEM_PACK_SIZE entries a group of its own, and puts smaller ones together up to that many', () => {
    expect(ITEM_PACK_SIZE).toBe(256)
    // Topic 0: entries 0-299 (300, alone). Topic 1: 0-9 (10). Topic 2: none. Topic 3: 300-549 (250):
    // 10 + 250 > 256, so a new group. Topic 4: 545-549 (5): 250 + 5 ≤ 256, with topic 3; its entries are topic 3's too.
    const entryTopics = range(0, 550).map((e) => [
      ...(e < 300 ? [0] : []),
      ...(e < 10 ? [1] : []),
      ...(e >= 300 ? [3] : []),
      ...(e >= 545 ? [4] : []),
    ])
    const groups = groupTopics(entryTopics, 5)
    expect(groups.group).toEqual([0, 1, -1, 2, 2])
    expect(groups.sizes).toEqual([300, 10, 250])
    expect(groups.postings).toEqual([range(0, 300), range(0, 10), range(300, 550)])
  })
})

describe('choosePacks', () => {
  // 700 entries: date packs counted from the oldest, the newest also holding the remainder, so pack 0
  // holds positions 444-699 and pack 1 0-443 (the newest 256 + 188). One topic, bit 0, in group 0; entries with no topic have no bit set.
  const cases: { name: string; withTopic: number[]; positions: number[]; expected: [path: string, holds: [i: number, rank: number][]][] }[] = [
    {
      name: 'three items in three date packs, one topic group pack holding all three',
      withTopic: [0, 300, 600],
      positions: [0, 300, 600],
      expected: [['catalog/items/articles/api/topics/0/0.txt', [[0, 0], [1, 1], [2, 2]]]],
    },
    {
      name: 'two items of no topic from their date pack, the third from its topic pack (rank 0 there, 156 in date pack 0)',
      withTopic: [600],
      positions: [0, 1, 600],
      expected: [
        ['catalog/items/articles/api/1.txt', [[0, 0], [1, 1]]],
        ['catalog/items/articles/api/topics/0/0.txt', [[2, 0]]],
      ],
    },
    {
      name: 'both packs hold both items: the one where they come first (ranks 0 and 2, not 5 and 7)',
      withTopic: [5, 6, 7],
      positions: [5, 7],
      expected: [['catalog/items/articles/api/topics/0/0.txt', [[0, 0], [1, 2]]]],
    },
    {
      name: 'a page in one date pack whose topic pack reads as far: the date pack (ranks 0-2 in both)',
      withTopic: [0, 1, 2],
      positions: [0, 1, 2],
      expected: [['catalog/items/articles/api/1.txt', [[0, 0], [1, 1], [2, 2]]]],
    },
    {
      name: 'a page in one date pack that no topic pack holds whole: the date pack',
      withTopic: [3, 4],
      positions: [2, 3, 4],
      expected: [['catalog/items/articles/api/1.txt', [[0, 2], [1, 3], [2, 4]]]],
    },
    {
      name: 'a page in one date pack (ranks 150, 151) that one topic pack of two holds whole: that one (the group\'s newest 2 of 550, in its newest pack 1 of 294)',
      withTopic: range(150, 700),
      positions: [150, 151],
      expected: [['catalog/items/articles/api/topics/0/1.txt', [[0, 0], [1, 1]]]],
    },
  ]
  it.each(cases)('$name', ({ withTopic, positions, expected }) => {
    const topics = new Uint32Array(700)
    for (const p of withTopic) topics[p] = 1
    const chosen = choosePacks({ count: 700, topics, words: 1 }, { group: [0], postings: [Uint32Array.from(withTopic)] }, 'api', 'articles', positions)
    expect(chosen.map((c) => [c.path, [...c.holds]])).toEqual(expected)
  })
})

describe('a topic page over item packs', () => {
  it('reads the topic\'s newest pack only as far as its last item', async () => {
    // 600 articles: odd ones are science, 300 of them, so science is a group of its own (world 0, economy 1, science 2, sport 3).
    const files = await servedFiles(manyArticles(ITEM_PACK_SIZE * 2 + 88))
    const index = JSON.parse(files.get(indexPath()) as string) as ServedIndex
    expect(index.topicGroups!.articles).toEqual({ group: [0, 1, 2, 3], sizes: [300, 300, 300, 15] })
    expect(files.get(topicGroupsPath())).toBeInstanceOf(Uint8Array)
    const inner = assetsOver(files)
    const reads: { path: string; bytes: number; size: number }[] = []
    // Bodies in 1 KiB chunks, counted as they are read.
    const assets = {
      // As the ASSETS binding, it takes a URL string or a Request.
      fetch: async (input: Request | string) => {
        const path = new URL(typeof input === 'string' ? input : input.url).pathname.slice(1)
        const response = await inner.fetch(input)
        if (response.status !== 200) return response
        const bytes = new Uint8Array(await response.arrayBuffer())
        const read = { path, bytes: 0, size: bytes.length }
        reads.push(read)
        let at = 0
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            const chunk = bytes.slice(at, at + 1024)
            at += chunk.length
            read.bytes += chunk.length
            controller.enqueue(chunk)
            if (at >= bytes.length) controller.close()
          },
          // No chunk pulled ahead of the reader's asking: what is counted is what it reads.
        }, { highWaterMark: 0 })
        return new Response(body)
      },
    } as unknown as Fetcher
    const response = await app.fetch(new Request('http://gazette.test/api/articles?topic=science&limit=100'), { ASSETS: assets })
    const items = ((await response.json()) as { items: { id: string }[] }).items
    // The newest 100 science articles: id0599, id0597, …, id0401.
    expect(items.map((i) => i.id)).toEqual(range(0, 100).map((n) => `id0${599 - 2 * n}`))
    const itemReads = reads.filter((r) => r.path.startsWith('catalog/items/'))
    // Science's 300 are fewer than two packs' worth, so they are one pack, newest first (id0599 … id0001):
    // the page is its first 100 items, read only as far as the 100th.
    expect(itemReads.map((r) => r.path)).toEqual(['catalog/items/articles/api/topics/2/0.txt'])
    const headerOf = (text: string) => JSON.parse(text.slice(0, text.indexOf('\n'))) as { items: [number][]; end: number }
    // 100 of the pack's 300 items, and at most one chunk past the last.
    const pack = files.get('catalog/items/articles/api/topics/2/0.txt') as string
    expect(headerOf(pack).items).toHaveLength(300)
    const needed = Buffer.byteLength(pack.slice(0, pack.indexOf('\n') + 1)) + headerOf(pack).items[100]![0]
    expect(pack.slice(pack.indexOf('\n') + 1)).toMatch(/^\{"id":"id0599"/)
    expect(itemReads[0]!.bytes).toBeGreaterThanOrEqual(needed)
    expect(itemReads[0]!.bytes).toBeLessThan(needed + 1024)
    expect(itemReads[0]!.size).toBeGreaterThan(needed + 1024)
  })
})

describe('item pack headers kept between requests', () => {
  it('answers from a kept header exactly as from a freshly read one, per binding', async () => {
    const files = await servedFiles(manyArticles(ITEM_PACK_SIZE + 44))
    const urls = ['/api/articles?topic=science&limit=100', '/feed.xml?limit=100', '/api/articles?topic=science&limit=3', '/atom.xml?limit=7']
    const answer = async (assets: Fetcher, url: string) => (await app.fetch(new Request(`http://gazette.test${url}`), { ASSETS: assets })).text()
    // Each URL on a binding of its own: every header read and parsed for that request.
    const fresh = await Promise.all(urls.map((url) => answer(assetsOver(files), url)))
    // Then all of them, twice, on one binding: the packs' headers kept from the first requests.
    const shared = assetsOver(files)
    for (let round = 0; round < 2; round++) {
      for (const [n, url] of urls.entries()) expect(await answer(shared, url)).toBe(fresh[n])
    }
    // 100 items of the 300 articles, each a different one.
    expect(new Set(fresh[1]!.match(/<guid[^>]*>[^<]+<\/guid>/g)).size).toBe(100)
  })
})
