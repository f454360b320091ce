/**
 * The language toolkit's sentence splitter and word reader, which run with a
 * sentence-boundary-only wink pipe and keep the recent paragraphs' splits.
 */
import { describe, expect, it } from 'vitest'
import model from 'wink-eng-lite-web-model'
import { contentStems, readAheadWords, splitSentences, WINK_RUN_BREAK, words } from '../../src/text/nlp.ts'

describe('splitSentences', () => {
  it.each([
    ['abbreviations stay inside a sentence', 'The U.S. envoy met Mr. Smith at 10 p.m. on Monday. Talks went on.', ['The U.S. envoy met Mr. Smith at 10 p.m. on Monday.', 'Talks went on.']],
    ['decimals are no ends', 'Growth was 2.5 per cent. Prices rose.', ['Growth was 2.5 per cent.', 'Prices rose.']],
    ['a question and an exclamation', 'Who knew? Nobody did!', ['Who knew?', 'Nobody did!']],
    ['blank text', '   ', []],
  ])('%s', (_, text, expected) => {
    expect(splitSentences(text)).toEqual(expected)
  })

  it('gives the same sentences when a paragraph is split again, and a caller changing its copy changes nothing', () => {
    const text = 'The ferry sank. The river rose.'
    const first = splitSentences(text)
    first.push('changed')
    expect(splitSentences(text)).toEqual(['The ferry sank.', 'The river rose.'])
  })

  it('splits the same after more paragraphs than it keeps', () => {
    for (let i = 0; i < 600; i++) splitSentences(`Paragraph ${i} opens. It ends.`)
    expect(splitSentences('Paragraph 3 opens. It ends.')).toEqual(['Paragraph 3 opens.', 'It ends.'])
  })
})

describe('words', () => {
  it('reads words with their stems and stop-word flags, without punctuation or numbers', () => {
    expect(words('The ministers were meeting, 3 times.')).toEqual([
      { normal: 'the', stem: 'the', stopWord: true },
      { normal: 'ministers', stem: 'minist', stopWord: false },
      { normal: 'were', stem: 'were', stopWord: true },
      { normal: 'meeting', stem: 'meet', stopWord: false },
      { normal: 'times', stem: 'time', stopWord: false },
    ])
  })

  it('stems a word the same however it is written and however often it was read before (stems are kept by the word)', () => {
    const stemsOf = (text: string) => words(text).map((w) => w.stem)
    expect(stemsOf('Meeting meeting MEETING')).toEqual(['meet', 'meet', 'meet'])
    expect(stemsOf('meeting ministers')).toEqual(['meet', 'minist'])
    for (let i = 0; i < 60_000; i++) words(`w${i}x`) // more words than are kept: the kept stems are cleared
    expect(stemsOf('Ministers were meeting')).toEqual(['minist', 'were', 'meet'])
  })

  it('contentStems leaves out stop words and one-letter words', () => {
    expect(contentStems('A minister and the troops')).toEqual(['minist', 'troop'])
  })

  // Words are kept per run of text between spaces, and the runs an article
  // holds are read ahead in one wink document: each case is read cold, then
  // again from the kept runs, then after a read-ahead of a text that holds it.
  it.each([
    // wink expands contractions: "can't" is "can" "not", "it's" is "it" "is"; its stems are of the token as written ("ca", "n't").
    ['contractions are read as wink expands them', "Officials can't say. It's Kim's", [
      ['officials', 'offici', false], ['can', 'ca', true], ['not', "n't", true], ['say', 'say', true], ['it', 'it', true], ['is', "'s", true], ['kim', 'kim', false],
    ]],
    ['punctuation around a word and abbreviations', '("Troops," U.S. envoy said…)', [['troops', 'troop', false], ['u.s.', 'u.s.', false], ['envoy', 'envoy', false], ['said', 'said', false]]],
    ['no-break, thin and em spaces between words; a tab and new lines', 'left\u00a0wing\u2009party\u2003rule\tnow\r\nthen', [
      ['left', 'left', false], ['wing', 'wing', false], ['party', 'parti', false], ['rule', 'rule', false], ['now', 'now', true], ['then', 'then', true],
    ]],
    ['a link holds no words; a long run is read in parts', `see https://example.com/${'a'.repeat(120)} and ${'b'.repeat(60)}/${'c'.repeat(60)}`, [
      ['see', 'see', true], ['and', 'and', true], ['b'.repeat(60), 'b'.repeat(60), false], ['c'.repeat(60), 'c'.repeat(60), false],
    ]],
  ] as [string, string, [string, string, boolean][]][])('%s', (_, text, expected) => {
    const terms = expected.map(([normal, stem, stopWord]) => ({ normal, stem, stopWord }))
    expect(words(text)).toEqual(terms)
    expect(words(text)).toEqual(terms)
    readAheadWords(['Other text first.', `Before it ${text} after it`])
    expect(words(text)).toEqual(terms)
  })

  it('reads the same after more runs than it keeps (the kept runs are cleared, even within one text)', () => {
    const many = Array.from({ length: 60_001 }, (_, i) => `r${i}q`).join(' ')
    expect(words(`Troops ${many} left`).map((w) => w.normal).slice(-2)).toEqual(['r60000q', 'left'])
    readAheadWords([many])
    expect(words('Troops left').map((w) => w.stem)).toEqual(['troop', 'left'])
  })

  it("cuts runs where wink does: its English model's splitter", () => {
    const splitter = (model as unknown as { core(): { trex: { helpers: { splitter: [string, string] } } } }).core().trex.helpers.splitter
    expect(`(${WINK_RUN_BREAK.source})`).toBe(new RegExp(splitter[0], splitter[1]).source)
  })
})
