/**
 * The per-article cache's packs (prepare/cache.ts): an entry comes back as it
 * was written, its corpus parts read by the results store from the pack
 * itself; an entry whose record was cut short is computed again; a record
 * changed under a running build stops it with a message naming the pack,
 * never wrong output.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PreparedArticle } from '../../src/pipeline/prepare.ts'
import { openArticleCache, writeCached } from '../../src/pipeline/prepare/cache.ts'
import { type KeptArticle, ResultsStore } from '../../src/pipeline/prepare/store.ts'

function result(title: string, signature: number[] | null): PreparedArticle {
  return {
    ok: true,
    meta: { title, dek: null, authors: ['Ann Lee'], source: 'Example News', dateline: null, language: 'en', externalUrl: null } as unknown as PreparedArticle['meta'],
    pageDate: null,
    body: [{ type: 'p', text: `${title}. Drivers walked out on Monday.` }],
    summary: `${title}.`,
    entities: [],
    wordCount: 7,
    topicText: { titleStems: ['tram'], bodyStems: ['driver', 'walk'], titleContent: ['tram'], bodyContent: ['driver'] },
    quantities: [],
    signature,
    sentences: { lead: [{ text: `${title}, with “quotes” and é.`, stems: ['tram'] }], restStems: [] },
  }
}

// Keys are SHA-256 digests in hex (cache.ts cacheKey): 64 hex digits.
const KEY_A = 'a'.repeat(64)
const KEY_B = 'b'.repeat(64)
const KEY_C = 'c'.repeat(64)

describe('the per-article cache', () => {
  let dir: string
  let store: ResultsStore
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gazette-article-cache-'))
    store = new ResultsStore()
  })
  afterEach(() => {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const packOf = () => join(dir, 'v1', readdirSync(join(dir, 'v1')).find((name) => name.endsWith('.pack'))!)
  const indexOf = () => packOf().replace(/\.pack$/, '.idx')

  it('gives back each entry as written, its parts read from the pack, and a rejected result as it was', () => {
    const inputs = [result('Tram strike', [4294967295, 0, 17]), result('No words', null)]
    const written = [writeCached(dir, 'v1', KEY_A, inputs[0]!), writeCached(dir, 'v1', KEY_B, inputs[1]!)] as KeptArticle[]
    writeCached(dir, 'v1', KEY_C, { ok: false, reason: 'no article text found after removing page furniture' })
    const cache = openArticleCache(dir, 'v1')
    try {
      inputs.forEach((input, i) => {
        const got = cache.get([KEY_A, KEY_B][i]!) as KeptArticle
        const { topicText, quantities, signature, sentences, ...catalogPart } = input
        expect({ ...got, stored: undefined }).toEqual({ ...catalogPart, stored: undefined })
        // What the writer was handed back and what a later build reads point at the same bytes.
        expect(got.stored).toEqual(written[i]!.stored)
        expect(store.signature(got.stored)).toEqual(signature === null ? null : Uint32Array.from(signature))
        expect(store.topicText(got.stored)).toEqual(topicText)
        expect(store.storyParts(got.stored)).toEqual({ quantities, sentences })
      })
      expect(cache.get(KEY_C)).toEqual({ ok: false, reason: 'no article text found after removing page furniture' })
      expect(cache.get('d'.repeat(64))).toBeUndefined()
    } finally {
      cache.close()
    }
    // One pack and its index for this thread; other code versions see nothing.
    expect(readdirSync(join(dir, 'v1')).map((name) => name.replace(/^.*\./, ''))).toEqual(['idx', 'pack'])
    expect(openArticleCache(dir, 'v2').get(KEY_A)).toBeUndefined()
  })

  it('computes again an entry whose record was cut short, and keeps the ones before it', () => {
    writeCached(dir, 'v1', KEY_A, result('Tram strike', [1, 2, 3]))
    writeCached(dir, 'v1', KEY_B, result('Bus strike', [4, 5, 6]))
    const size = readFileSync(packOf()).length
    truncateSync(packOf(), size - 1)
    const cache = openArticleCache(dir, 'v1')
    expect([cache.get(KEY_A)?.ok, cache.get(KEY_B)]).toEqual([true, undefined])
    cache.close()
  })

  it('leaves out a last index entry cut short (a writer killed while writing it)', () => {
    writeCached(dir, 'v1', KEY_A, result('Tram strike', [1]))
    appendFileSync(indexOf(), Buffer.alloc(20, 0xbb))
    const cache = openArticleCache(dir, 'v1')
    expect(cache.get(KEY_A)?.ok).toBe(true)
    cache.close()
  })

  it("computes again an entry whose catalog part no longer matches its check", () => {
    writeCached(dir, 'v1', KEY_A, result('Tram strike', [1]))
    const pack = readFileSync(packOf())
    pack[2] = pack[2]! ^ 0x20 // a letter's case in the catalog part's JSON: still JSON, not what was written
    writeFileSync(packOf(), pack)
    const cache = openArticleCache(dir, 'v1')
    expect(cache.get(KEY_A)).toBeUndefined()
    cache.close()
  })

  it('stops with a message naming the pack when a part changes after the build found it', () => {
    writeCached(dir, 'v1', KEY_A, result('Tram strike', [1, 2, 3]))
    const cache = openArticleCache(dir, 'v1')
    const got = cache.get(KEY_A) as KeptArticle
    cache.close()
    const pack = readFileSync(packOf())
    const at = got.stored.offset + got.stored.signatureBytes + 3 // inside the topic text's JSON
    pack[at] = pack[at]! === 0x61 ? 0x62 : 0x61
    writeFileSync(packOf(), pack)
    expect(store.signature(got.stored)).toEqual(Uint32Array.from([1, 2, 3]))
    expect(() => store.topicText(got.stored)).toThrow(`${packOf()}: a stored result is not what was written`)
  })

  it('names the pack when it is cut short after the build found the entry', () => {
    writeCached(dir, 'v1', KEY_A, result('Tram strike', [1, 2, 3]))
    const cache = openArticleCache(dir, 'v1')
    const got = cache.get(KEY_A) as KeptArticle
    cache.close()
    truncateSync(packOf(), got.stored.offset + got.stored.signatureBytes + 2)
    expect(() => store.storyParts(got.stored)).toThrow(`${packOf()}: a stored result ends early`)
  })
})
