/**
 * Packs counted from the oldest entry (src/served/index.ts packSlot): a
 * rebuild after adding an article newer than all others changes only the
 * newest pack of each kind, so the emit stage links every older pack from
 * the previous output instead of writing it (issue #10).
 */
import { describe, expect, it } from 'vitest'
import type { Catalog, Story } from '../../src/model.ts'
import { ITEM_FORMATS, packRanges, packSlot } from '../../src/served/index.ts'
import { servedFiles, type ServedFile } from '../../src/served/write.ts'
import { manyArticles } from '../fixtures/catalog/many.ts'

describe('packSlot', () => {
  // 10 entries, 4 to a pack, counted from the oldest: pack 0 holds positions 6-9; pack 1, the newest, holds the rest too: 0-5.
  it.each([
    [0, { pack: 1, rank: 0 }],
    [1, { pack: 1, rank: 1 }],
    [2, { pack: 1, rank: 2 }],
    [5, { pack: 1, rank: 5 }],
    [6, { pack: 0, rank: 0 }],
    [9, { pack: 0, rank: 3 }],
  ])('puts position %i of 10 in %o', (position, slot) => {
    expect(packSlot(position, 10, 4)).toEqual(slot)
  })

  it('lists the packs newest first with the positions each holds', () => {
    expect(packRanges(10, 4)).toEqual([
      { pack: 1, start: 0, end: 6 },
      { pack: 0, start: 6, end: 10 },
    ])
    // Fewer than one pack's worth: one pack.
    expect(packRanges(3, 4)).toEqual([{ pack: 0, start: 0, end: 3 }])
    expect(packRanges(8, 4)).toEqual([
      { pack: 1, start: 0, end: 4 },
      { pack: 0, start: 4, end: 8 },
    ])
    expect(packRanges(0, 4)).toEqual([])
  })
})

/**
 * `count` articles (manyArticles) and a story for every fourth one (articles
 * 0, 4, 8, …), holding that article and dated by it, with its topics.
 */
function withStories(count: number): Catalog {
  const catalog = manyArticles(count)
  const stories: Story[] = []
  catalog.articles.forEach((a, i) => {
    if (i % 4 !== 0) return
    const id = `st${String(i).padStart(4, '0')}`
    a.story = id
    stories.push({ id, guid: `urn:uuid:${id}`, title: `Story ${i}`, summary: 'S.', articles: [a.id], outlets: [], unnamed: 1, topics: a.topics, dateStart: a.published, dateEnd: a.published, claims: [] })
  })
  return { ...catalog, stories }
}

/** The paths whose bytes differ between two builds, added or removed ones included. */
function changed(before: Map<string, ServedFile>, after: Map<string, ServedFile>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()])
  const same = (a: ServedFile | undefined, b: ServedFile | undefined) => a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b))
  return [...paths].filter((p) => !same(before.get(p), after.get(p))).sort()
}

describe('a rebuild after adding an article newer than all others', () => {
  it('changes only the newest pack of each kind', async () => {
    // 600 articles, 150 stories; article 600 (even, a multiple of 40: world, economy and sport) and its story are newer than all.
    const before = await servedFiles(withStories(600))
    const after = await servedFiles(withStories(601))
    const packs = changed(before, after).filter((p) => /^catalog\/(articles|stories|items)\//.test(p))
    // Worked out by hand; the newest pack holds the remainder too. Articles, 64 to a pack: 600 = 9 × 64 + 24, so packs 0-8,
    // pack 8 holding 88 (→ 89). Stories: 150 = 2 × 64 + 22, packs 0-1, pack 1 holding 86.
    // Article items, 256 to a pack: 600 = 2 × 256 + 88, packs 0-1, pack 1 holding 344. Article topic groups (world 0,
    // economy 1, science 2, sport 3): world and economy 300 → 301, one pack 0 each; science unchanged; sport 15 → 16, pack 0.
    // Stories' items: 150 → 151, one date pack 0; story groups: world (150) is group 0, economy with sport (150 + 15) group 1,
    // each one pack 0.
    const perFormat = (format: string) => [
      `catalog/items/articles/${format}/1.txt`,
      `catalog/items/articles/${format}/topics/0/0.txt`,
      `catalog/items/articles/${format}/topics/1/0.txt`,
      `catalog/items/articles/${format}/topics/3/0.txt`,
      `catalog/items/stories/${format}/0.txt`,
      `catalog/items/stories/${format}/topics/0/0.txt`,
      `catalog/items/stories/${format}/topics/1/0.txt`,
    ]
    expect(packs).toEqual(['catalog/articles/8.ndjson', ...ITEM_FORMATS.flatMap(perFormat), 'catalog/stories/1.ndjson'].sort())
    // And every other pack is there, byte for byte: 9 article packs, 2 story packs, and the item packs.
    expect([...after.keys()].filter((p) => p.startsWith('catalog/articles/'))).toHaveLength(9)
    expect([...after.keys()].filter((p) => p.startsWith('catalog/stories/'))).toHaveLength(2)
  })

  it('changes besides the packs only the index, the new article\'s search shards and the answers that show it', async () => {
    const before = await servedFiles(withStories(600))
    const after = await servedFiles(withStories(601))
    const others = changed(before, after).filter((p) => !/^catalog\/(articles|stories|items)\//.test(p))
    // Search shards list ranks from the oldest, so only the shards of article 600's words change:
    // "Report 600 on prices & trade", "Prices moved 600% <b>today</b>." → 600, b, moved, on, prices, report, today, trade.
    expect(others.filter((p) => p.startsWith('catalog/search/'))).toEqual(
      ['36-30', '62', '6d-6f', '6f-6e', '70-72', '72-65', '74-6f', '74-72'].map((key) => `catalog/search/${key}.json`),
    )
    // The index and its columns (counts, ids, offsets), the topic groups' positions, the contract's examples, the answers' manifest.
    expect(others.filter((p) => !p.startsWith('catalog/search/') && !p.startsWith('catalog/answers/'))).toEqual([
      'catalog/answers.json',
      'catalog/index.bin',
      'catalog/index.json',
      'catalog/openapi.json',
      'catalog/topic-groups.bin',
    ])
    // Kept answers change where the new article or story shows: world's, not science's.
    const manifest = JSON.parse(after.get('catalog/answers.json') as string) as Record<string, { file: string }>
    const filesOf = (topic: string) => Object.entries(manifest).filter(([path]) => path.startsWith(`/topics/${topic}/`)).map(([, a]) => a.file)
    expect(filesOf('science').length).toBeGreaterThan(0)
    for (const file of filesOf('science')) expect(others).not.toContain(file)
    for (const file of filesOf('world')) expect(others).toContain(file)
  })
})
