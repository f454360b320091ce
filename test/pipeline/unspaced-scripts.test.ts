/**
 * Chinese and Japanese write no spaces between words: word counts, sentence
 * splitting, summaries, headlines and language must not depend on spaces.
 * The Japanese article below was written for this test.
 */
import { describe, expect, it } from 'vitest'
import { detectLanguage, headlineFromBody } from '../../src/pipeline/metadata.ts'
import { summarize } from '../../src/pipeline/summaries.ts'
import type { Block } from '../../src/model.ts'
import { splitSentences } from '../../src/text/nlp.ts'
import { joinSentences, wordCount } from '../../src/text/words.ts'

const S1 = '東京都は月曜日、新しい橋の建設計画を発表した。' // 21 kana/kanji → 11 words
const S2 = '工事は来年春に始まる予定だ。' // 13 → 7
const S3 = '知事は記者会見で、この橋が地域の交通を大きく改善すると述べた。' // 28 → 14
const S4 = '総工費は約三百億円と見込まれている。' // 17 → 9
const BODY: Block[] = [
  { type: 'p', text: S1 + S2 },
  { type: 'p', text: S3 + S4 },
]

describe('wordCount', () => {
  it.each([
    ['The council met on Monday.', 5],
    ['  ', 0],
    [S1, 11],
    [S2, 7],
    // Latin words inside Japanese count as words; the punctuation does not.
    ['東京でG7サミットが開かれた。', 1 + 6], // "G7" + 11 characters (東京でサミットが開かれた) → 6
  ])('%s → %i', (text, count) => {
    expect(wordCount(text)).toBe(count)
  })
})

describe('splitSentences', () => {
  it('splits after 。 with no space following', () => {
    expect(splitSentences(S1 + S2)).toEqual([S1, S2])
  })
  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('知事は「必ず完成させる。」と述べた。工事は来年始まる。')).toEqual(['知事は「必ず完成させる。」と述べた。', '工事は来年始まる。'])
  })
  it('leaves English splitting as it was', () => {
    expect(splitSentences('The U.S. envoy met Mr. Smith. Talks resume on Friday.')).toEqual(['The U.S. envoy met Mr. Smith.', 'Talks resume on Friday.'])
  })
})

describe('summarize a Japanese article', () => {
  it('gives whole sentences of the text, in order, within the word budget', () => {
    const summary = summarize({ title: '新しい橋の建設計画', body: BODY })
    expect(summary).not.toBe('')
    const used = splitSentences(summary)
    expect(used.length).toBeGreaterThanOrEqual(1)
    expect(used.length).toBeLessThanOrEqual(3)
    const order = used.map((s) => [S1, S2, S3, S4].indexOf(s))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort()).toEqual(order)
    expect(wordCount(summary)).toBeLessThanOrEqual(60)
    // Japanese puts no space after 。.
    expect(summary).not.toMatch(/。\s/u)
  })
  it('keeps to a small budget by choosing fewer sentences', () => {
    // 20 words: S1 (11) + S2 (7) fit, S3 (14) with anything else does not.
    expect(wordCount(summarize({ title: '新しい橋', body: BODY }, { maxWords: 20 }))).toBeLessThanOrEqual(20)
  })
})

describe('language of short texts by script', () => {
  it.each([
    ['東京で会議が開かれた。', 'ja'],
    ['北京今天举行会议。', 'zh'],
    ['서울에서 회의가 열렸다.', 'ko'],
    ['Bridge vote', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language)
  })
})

describe('headline made from Japanese text', () => {
  it('is the first sentence, without its 。', () => {
    const page = { title: null, dek: null, authors: [], source: null, dateline: null, published: null, body: BODY }
    expect(headlineFromBody(page as never, 'ja.txt')).toBe('東京都は月曜日、新しい橋の建設計画を発表した')
  })
})

describe('joinSentences', () => {
  it.each([
    [['One.', 'Two.'], 'One. Two.'],
    [[S1, S2], S1 + S2],
    [['知事は「完成させる。」', 'Then English.'], '知事は「完成させる。」Then English.'],
    [[], ''],
  ])('%j → %s', (sentences, text) => {
    expect(joinSentences(sentences)).toBe(text)
  })
})
