/**
 * The language toolkit's sentence splitter and word reader, which run with a
 * sentence-boundary-only wink pipe and keep the recent paragraphs' splits.
 */
import { describe, expect, it } from 'vitest'
import { contentStems, splitSentences, words } from '../../src/text/nlp.ts'

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
})
