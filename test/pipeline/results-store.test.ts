/**
 * The results store (prepare/store.ts): what the corpus stages read of each
 * per-article result goes to disk as it is made and comes back as it was,
 * whichever article is read first, and the folder is gone once closed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PreparedArticle } from '../../src/pipeline/prepare.ts'
import { keepAside, ResultsStore, StoredStoryText, StoredTopicText } from '../../src/pipeline/prepare/store.ts'

function result(title: string, signature: number[] | null): PreparedArticle {
  return {
    ok: true,
    meta: { title, dek: null, authors: [], source: 'Example News', dateline: null, language: 'en', externalUrl: null } as unknown as PreparedArticle['meta'],
    pageDate: '2024-03-04T00:00:00Z',
    body: [{ type: 'p', text: `${title}. Drivers walked out on Monday.` }],
    summary: `${title}.`,
    entities: [],
    wordCount: 7,
    topicText: { titleStems: ['tram', 'strike'], bodyStems: ['driver', 'walk', 'out', 'on', 'mondai'], titleContent: ['tram', 'strike'], bodyContent: ['driver', 'walk', 'mondai'] },
    quantities: [{ subject: 'members', value: 1200, text: '1,200 members', quote: 'The union said 1,200 members would join.', claimant: 'The union' } as PreparedArticle['quantities'][number]],
    signature,
    sentences: { lead: [{ text: `${title}, with “quotes” and é.`, stems: ['tram', 'strike'] }], restStems: [['union'], []] },
  }
}

describe('ResultsStore', () => {
  let store: ResultsStore
  afterEach(() => store?.close())

  it("gives back each article's parts as they were put in, in any order, and keeps the rest with the catalog", () => {
    store = new ResultsStore()
    // 4294967295 and 0: a signature's values are whole 32-bit unsigned numbers, both ends included.
    const inputs = [result('Tram strike', [4294967295, 0, 17]), result('No words', null), result('Bus strike', [1, 2, 3])]
    const kept = inputs.map((r) => keepAside(store.dir, r))
    for (const i of [2, 0, 1, 2]) {
      const ref = kept[i]!.stored
      const { topicText, quantities, sentences, signature } = inputs[i]!
      expect(store.signature(ref)).toEqual(signature === null ? null : Uint32Array.from(signature))
      expect(store.topicText(ref)).toEqual(topicText)
      expect(store.storyParts(ref)).toEqual({ quantities, sentences })
    }
    const { stored: _, ...catalogPart } = kept[0]!
    expect(catalogPart).toEqual({ ok: true, meta: inputs[0]!.meta, pageDate: '2024-03-04T00:00:00Z', body: inputs[0]!.body, summary: 'Tram strike.', entities: [], wordCount: 7 })
  })

  it('reads the fields topics and stories ask for through StoredTopicText and StoredStoryText', () => {
    store = new ResultsStore()
    const input = result('Tram strike', null)
    const ref = keepAside(store.dir, input).stored
    const other = keepAside(store.dir, result('Bus strike', null)).stored
    const topic = new StoredTopicText(store, ref)
    const story = new StoredStoryText(store, ref)
    store.topicText(other) // a read of another article in between
    expect([topic.titleStems, topic.bodyStems, topic.titleContent, topic.bodyContent]).toEqual([['tram', 'strike'], ['driver', 'walk', 'out', 'on', 'mondai'], ['tram', 'strike'], ['driver', 'walk', 'mondai']])
    store.storyParts(other)
    expect([story.titleContent, story.quantities, story.sentences]).toEqual([['tram', 'strike'], input.quantities, input.sentences])
  })

  it('passes a rejected result through with nothing stored', () => {
    store = new ResultsStore()
    expect(keepAside(store.dir, { ok: false, reason: 'no article text found' })).toEqual({ ok: false, reason: 'no article text found' })
    expect(readdirSync(store.dir)).toEqual([])
  })

  it('names the file when a record was cut short', () => {
    store = new ResultsStore()
    const ref = keepAside(store.dir, result('Tram strike', [1, 2, 3])).stored
    truncateSync(ref.path, ref.signatureBytes + 5)
    expect(() => store.topicText(ref)).toThrow(`${ref.path}: a stored result ends early`)
  })

  it("removes what a killed build's store left, and keeps a running build's", () => {
    const parent = mkdtempSync(join(tmpdir(), 'gazette-store-parent-'))
    try {
      // No process has pid 2^22 + 1: Linux's pid_max is at most 2^22.
      const dead = join(parent, `gazette-results-${2 ** 22 + 1}-abc123`)
      const running = join(parent, `gazette-results-${process.pid}-def456`)
      const other = join(parent, 'gazette-results-notes')
      for (const dir of [dead, running, other]) mkdirSync(dir)
      store = new ResultsStore(parent)
      expect([existsSync(dead), existsSync(running), existsSync(other), store.dir.startsWith(join(parent, `gazette-results-${process.pid}-`))]).toEqual([false, true, true, true])
    } finally {
      store.close()
      rmSync(parent, { recursive: true, force: true })
    }
  })

  it('removes its folder when closed', () => {
    store = new ResultsStore()
    keepAside(store.dir, result('Tram strike', [1]))
    const dir = store.dir
    store.close()
    expect(existsSync(dir)).toBe(false)
  })

  it('makes its parent folder when the build cache has none yet', () => {
    const parent = join(mkdtempSync(join(tmpdir(), 'gazette-cache-')), 'results')
    try {
      store = new ResultsStore(parent)
      expect(store.dir.startsWith(join(parent, 'gazette-results-'))).toBe(true)
      expect(readdirSync(parent)).toHaveLength(1)
    } finally {
      store?.close()
      rmSync(parent, { recursive: true, force: true })
    }
  })
})
