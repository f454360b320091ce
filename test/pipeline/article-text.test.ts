import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { topicDoc } from '../../src/pipeline/topics.ts'
import { blockTexts, bodyText, paragraphTexts, searchableText } from '../../src/text/article-text.ts'

const BODY: Block[] = [
  { type: 'p', text: 'The bridge opened.' },
  { type: 'h', text: 'Cost' },
  { type: 'p', text: 'It cost 180 million.' },
]

describe('the text of an article', () => {
  it.each([
    ['blockTexts', () => blockTexts(BODY), ['The bridge opened.', 'Cost', 'It cost 180 million.']],
    ['bodyText', () => bodyText({ body: BODY }), 'The bridge opened.\nCost\nIt cost 180 million.'],
    ['bodyText of no blocks', () => bodyText({ body: [] }), ''],
    ['paragraphTexts', () => paragraphTexts(BODY), ['The bridge opened.', 'It cost 180 million.']],
    [
      'searchableText',
      () => searchableText({ title: 'Bridge opens', dek: 'At last.', summary: 'The bridge opened.', body: BODY }),
      'Bridge opens\nAt last.\nThe bridge opened.\nThe bridge opened.\nCost\nIt cost 180 million.',
    ],
    [
      'searchableText without a standfirst or body',
      () => searchableText({ title: 'Bridge opens', dek: null, summary: '', body: [] }),
      'Bridge opens\n\n',
    ],
    // The build and the topics eval both read this document.
    ['topicDoc', () => topicDoc({ id: 'a1', title: 'Bridge opens', body: BODY }), { id: 'a1', title: 'Bridge opens', text: 'The bridge opened.\nCost\nIt cost 180 million.' }],
  ])('%s', (_name, make, expected) => {
    expect(make()).toEqual(expected)
  })
})
