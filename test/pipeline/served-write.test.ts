import { describe, expect, it } from 'vitest'
import { GENERATED_NOTICE, servedFiles } from '../../src/served/write.ts'
import { type Article, type Catalog, makeArticle, type Story } from '../../src/model.ts'
import type { ServedIndex } from '../../src/served/index.ts'

function article(id: string, published: string, topics: string[], text: string): Article {
  return makeArticle({ id, title: `Title ${id}`, published, body: [{ type: 'p', text }], summary: text, topics, wordCount: text.split(' ').length })
}

function story(id: string, articles: string[], dateStart: string, dateEnd: string): Story {
  return { id, guid: `urn:uuid:${id}`, title: `Story ${id}`, summary: 'S.', articles, sources: ['a.txt'], outlets: [], topics: ['war'], dateStart, dateEnd, claims: [] }
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

describe('servedFiles', () => {
  const files = servedFiles(catalog)
  const index = JSON.parse(files.get('catalog/index.json')!) as ServedIndex

  it('orders the index newest first, ties by id', () => {
    expect(index.articles.map((a) => a.id)).toEqual(['aaa', 'ccc', 'bbb'])
  })

  it('counts articles per topic', () => {
    expect(index.topics.map((t) => [t.slug, t.count])).toEqual([
      ['treaty', 1],
      ['war', 2],
    ])
  })

  it('writes one file per article and marks the index as generated', () => {
    expect(JSON.parse(files.get('catalog/articles/bbb.json')!)).toEqual(catalog.articles[0])
    expect(index.generated).toBe(GENERATED_NOTICE)
  })

  it('writes one file per story, GUID included, and lists stories newest first in the index', () => {
    expect(JSON.parse(files.get('catalog/stories/s2.json')!)).toEqual(catalog.stories[1])
    expect(index.stories).toEqual([
      { id: 's2', dateStart: '2024-12-05T00:00:00Z', dateEnd: '2024-12-05T00:00:00Z', topics: ['war'] },
      { id: 's1', dateStart: '2024-11-10T00:00:00Z', dateEnd: '2024-11-10T00:00:00Z', topics: ['war'] },
    ])
  })

  it('files each folded word under its two-character shard, with index positions', () => {
    // "troops" → shard "74-72" (t, r); positions: ccc is 1, bbb is 2.
    expect(JSON.parse(files.get('catalog/search/74-72.json')!)).toEqual({ troops: [1, 2] })
    // "zürich" folds to "zurich" → shard "7a-75".
    expect(JSON.parse(files.get('catalog/search/7a-75.json')!)).toEqual({ zurich: [0] })
  })

  it('is deterministic and its version changes with any content', () => {
    expect(servedFiles(structuredClone(catalog))).toEqual(files)
    const edited = structuredClone(catalog)
    edited.articles[0]!.summary = 'Troops moved south.'
    const editedIndex = JSON.parse(servedFiles(edited).get('catalog/index.json')!) as ServedIndex
    expect(editedIndex.version).not.toBe(index.version)
    expect(index.version).toMatch(/^[0-9a-f]{20}$/)
  })
})
