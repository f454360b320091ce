import { describe, expect, it } from 'vitest'
import { GENERATED_NOTICE, servedFiles } from '../../src/served/write.ts'
import { type Article, type Catalog, makeArticle, type Story } from '../../src/model.ts'
import { PACK_SIZE, type ServedIndex } from '../../src/served/index.ts'
import { readServedFiles } from '../../src/served/from-disk.ts'

function article(id: string, published: string, topics: string[], text: string): Article {
  return makeArticle({ id, title: `Title ${id}`, published, body: [{ type: 'p', text }], summary: text, topics, wordCount: text.split(' ').length })
}

function story(id: string, articles: string[], dateStart: string, dateEnd: string): Story {
  return { id, guid: `urn:uuid:${id}`, title: `Story ${id}`, summary: 'S.', articles, outlets: [], unnamed: 1, topics: ['war'], dateStart, dateEnd, claims: [] }
}

const catalog: Catalog = {
  articles: [
    article('bbb', '2024-11-10T00:00:00Z', ['war'], 'Troops moved north.'),
    article('aaa', '2024-12-05T00:00:00Z', ['treaty', 'war'], 'Zürich talks ended.'),
    article('ccc', '2024-12-05T00:00:00Z', [], 'Troops signed nothing.'),
  ],
  topics: [
    { slug: 'treaty', title: 'Treaty', description: 'Treaties', keywords: ['treaty'] },
    { slug: 'war', title: 'War', description: 'Wars', keywords: ['troops'] },
  ],
  stories: [
    story('s1', ['bbb'], '2024-11-10T00:00:00Z', '2024-11-10T00:00:00Z'),
    story('s2', ['aaa', 'ccc'], '2024-12-05T00:00:00Z', '2024-12-05T00:00:00Z'),
  ],
  rejected: [],
  warnings: [],
}

describe('servedFiles', async () => {
  const files = await servedFiles(catalog)
  const site = readServedFiles(files)
  const { index } = site

  it('orders the index newest first, ties by id', () => {
    expect(site.articles.map((a) => a.id)).toEqual(['aaa', 'ccc', 'bbb'])
    expect([0, 1, 2].map((p) => site.catalog.articles.id(p))).toEqual(['aaa', 'ccc', 'bbb'])
    expect(index.articleIds).toBe('aaa\nccc\nbbb')
  })

  it('counts articles per topic', () => {
    expect(index.topics.map((t) => [t.slug, t.count])).toEqual([
      ['treaty', 1],
      ['war', 2],
    ])
  })

  it('writes dates as seconds since 1970 and topics as bit sets in the columns', () => {
    // 2024-12-05 is day 20062 after 1970-01-01, 2024-11-10 day 20037; 86,400 s a day.
    expect([...site.catalog.articles.date]).toEqual([1_733_356_800, 1_733_356_800, 1_731_196_800])
    // Topic bits in taxonomy order: treaty = 1, war = 2.
    expect([...site.catalog.articles.topics]).toEqual([3, 0, 2])
    expect([...site.catalog.stories.topics]).toEqual([2, 2])
  })

  it('finds an article or story by id, and nothing for an unknown id', () => {
    expect(['aaa', 'bbb', 'ccc', 'abc', 'zzz'].map((id) => site.catalog.articles.find(id))).toEqual([0, 2, 1, -1, -1])
    expect(['s1', 's2', 's3'].map((id) => site.catalog.stories.find(id))).toEqual([1, 0, -1])
  })

  it('packs articles newest first, one JSON document a line, and marks the index as generated', () => {
    const pack = files.get('catalog/articles/0.ndjson') as string
    expect(pack.split('\n').slice(0, 3).map((line) => JSON.parse(line).id)).toEqual(['aaa', 'ccc', 'bbb'])
    expect(site.articles[2]).toEqual(catalog.articles[0])
    expect(index.generated).toBe(GENERATED_NOTICE)
  })

  it('packs stories newest first, GUID included', () => {
    expect(site.stories).toEqual([catalog.stories[1], catalog.stories[0]])
    expect([...site.catalog.stories.dateStart]).toEqual([1_733_356_800, 1_731_196_800])
  })

  it('files each folded word under its two-character shard, with ranks from the oldest', () => {
    // "troops" → shard "74-72" (t, r); index positions ccc 1, bbb 2 of 3, so ranks from the oldest ccc 1, bbb 0.
    expect(JSON.parse(files.get('catalog/search/74-72.json') as string)).toEqual({ troops: [0, 1] })
    // "zürich" folds to "zurich" → shard "7a-75"; aaa is position 0, rank 2.
    expect(JSON.parse(files.get('catalog/search/7a-75.json') as string)).toEqual({ zurich: [2] })
  })

  it(`spreads ${PACK_SIZE * 3 + 2} articles over three packs and reads each back from its line`, async () => {
    const many = { ...catalog, stories: [], articles: [] as Article[] }
    for (let i = 0; i < PACK_SIZE * 3 + 2; i++) {
      // Distinct days, so index order is the reverse of i.
      many.articles.push(article(`id${String(i).padStart(4, '0')}`, new Date(Date.UTC(2024, 0, 1 + i)).toISOString().replace('.000', ''), [], `Text ${i}.`))
    }
    const manyFiles = await servedFiles(many)
    expect([...manyFiles.keys()].filter((k) => k.startsWith('catalog/articles/')).sort()).toEqual([
      'catalog/articles/0.ndjson',
      'catalog/articles/1.ndjson',
      'catalog/articles/2.ndjson',
    ])
    // Counted from the oldest: pack 0 holds id0063 … id0000 (newest first), pack 1 id0127 … id0064, and
    // pack 2, the newest, its 64 and the remaining two: id0193 … id0128.
    const idsIn = (pack: number) => (manyFiles.get(`catalog/articles/${pack}.ndjson`) as string).trim().split('\n').map((line) => JSON.parse(line).id as string)
    expect(idsIn(2)).toHaveLength(PACK_SIZE + 2)
    expect([idsIn(2)[0], idsIn(2).at(-1)]).toEqual(['id0193', 'id0128'])
    expect([idsIn(1)[0], idsIn(1).at(-1)]).toEqual(['id0127', 'id0064'])
    expect(idsIn(0)).toHaveLength(PACK_SIZE)
    expect([idsIn(0)[0], idsIn(0).at(-1)]).toEqual(['id0063', 'id0000'])
    const back = readServedFiles(manyFiles)
    expect(back.articles.map((a) => a.id)).toEqual(many.articles.map((a) => a.id).reverse())
  })

  it('is deterministic and its version changes with any content', async () => {
    expect(await servedFiles(structuredClone(catalog))).toEqual(files)
    const edited = structuredClone(catalog)
    edited.articles[0]!.summary = 'Troops moved south.'
    const editedIndex = JSON.parse((await servedFiles(edited)).get('catalog/index.json') as string) as ServedIndex
    expect(editedIndex.version).not.toBe(index.version)
    expect(index.version).toMatch(/^[0-9a-f]{20}$/)
  })
})
