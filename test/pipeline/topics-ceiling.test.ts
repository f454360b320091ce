import { describe, expect, it } from 'vitest'
import { trueLabelCalls } from '../../src/eval/topics/ceiling.ts'
import { readTopicDocs, type TopicDoc } from '../../src/pipeline/topics.ts'
import { COMPANIES, FOOTBALL, FOOTBALL_WITHOUT_KEYWORDS, TAXONOMY } from '../fixtures/topics/corpus.ts'

// The fixture's football reports share one vocabulary (striker, penalty,
// referee…) and its company reports another (revenue, analysts…), so a
// classifier trained on their true topics calls each report by the
// vocabulary it shares, whatever its own label says (leave-one-out).
const topicOf = (doc: TopicDoc) => (doc.id.startsWith('f') || doc.id === 'x-football' ? 'football' : 'companies')

function calls(docs: TopicDoc[], categoryOf: (doc: TopicDoc) => string): Map<string, string[]> {
  return trueLabelCalls(readTopicDocs(docs), docs.map(categoryOf), TAXONOMY)
}

describe('trueLabelCalls: the classifier trained on the true topics', () => {
  it.each([
    {
      case: 'a report whose given category is wrong is called by its words, not its label (its own label is left out)',
      docs: [...FOOTBALL, ...COMPANIES],
      categoryOf: (doc: TopicDoc) => (doc.id === 'f3' ? 'companies' : topicOf(doc)),
      expected: { f3: ['football'] },
    },
    {
      case: 'a category the taxonomy lacks is not trained on, and its article is still called',
      docs: [...FOOTBALL, ...COMPANIES, FOOTBALL_WITHOUT_KEYWORDS],
      categoryOf: (doc: TopicDoc) => (doc.id === 'x-football' ? 'rugby' : topicOf(doc)),
      expected: { 'x-football': ['football'] },
    },
    {
      case: 'fewer than two topics with five articles: no calls at all',
      docs: [...FOOTBALL.slice(0, 4), ...COMPANIES.slice(0, 4)],
      categoryOf: topicOf,
      expected: { f1: [], c1: [] },
    },
  ])('$case', ({ docs, categoryOf, expected }) => {
    const result = calls(docs, categoryOf)
    for (const [id, topics] of Object.entries(expected)) expect(result.get(id), id).toEqual(topics)
  })

  it('calls every report of the sixteen', () => {
    const result = calls([...FOOTBALL, ...COMPANIES], topicOf)
    for (const doc of [...FOOTBALL, ...COMPANIES]) expect(result.get(doc.id), doc.id).toEqual([topicOf(doc)])
  })
})
