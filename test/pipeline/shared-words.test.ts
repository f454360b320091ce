/**
 * Shared words (prepare/shared-words.ts): the kept results' stems are stored
 * once per distinct word, and every list keeps its values and order.
 */
import { describe, expect, it } from 'vitest'
import type { PreparedArticle, Prepared } from '../../src/pipeline/prepare.ts'
import { shareWords, type WordTable } from '../../src/pipeline/prepare/shared-words.ts'

function prepared(titleStems: string[], bodyStems: string[], lead: string[][], rest: string[][]): PreparedArticle {
  return {
    ok: true,
    meta: { title: 't', dek: null, authors: [], source: null, dateline: null, language: 'en', externalUrl: null } as unknown as PreparedArticle['meta'],
    pageDate: null,
    body: [],
    summary: '',
    entities: [],
    wordCount: 0,
    topicText: { titleStems, bodyStems, titleContent: [...titleStems], bodyContent: bodyStems.filter((w) => w !== 'the') },
    quantities: [],
    signature: null,
    sentences: { lead: lead.map((stems, i) => ({ text: `sentence ${i}`, stems })), restStems: rest },
  }
}

describe('shareWords', () => {
  it('keeps every list as it was and stores each distinct word once across results', () => {
    const table: WordTable = new Map()
    const first = shareWords(table, prepared(['tram', 'strike'], ['the', 'tram', 'driver', 'strike'], [['tram', 'driver']], [['strike', 'vote']]))
    const second = shareWords(table, prepared(['vote'], ['the', 'union', 'vote'], [], [['union'], []]))
    expect(first.topicText).toEqual({ titleStems: ['tram', 'strike'], bodyStems: ['the', 'tram', 'driver', 'strike'], titleContent: ['tram', 'strike'], bodyContent: ['tram', 'driver', 'strike'] })
    expect(first.sentences).toEqual({ lead: [{ text: 'sentence 0', stems: ['tram', 'driver'] }], restStems: [['strike', 'vote']] })
    expect(second.topicText.bodyStems).toEqual(['the', 'union', 'vote'])
    expect(second.sentences.restStems).toEqual([['union'], []])
    // tram, strike, the, driver, vote, union
    expect([...table.keys()].sort()).toEqual(['driver', 'strike', 'the', 'tram', 'union', 'vote'])
  })

  it('passes a rejected page through unchanged', () => {
    const table: WordTable = new Map()
    const rejected: Prepared = { ok: false, reason: 'no article text found after removing page furniture' }
    expect(shareWords(table, rejected)).toEqual({ ok: false, reason: 'no article text found after removing page furniture' })
    expect(table.size).toBe(0)
  })
})
