import { describe, expect, it } from 'vitest'
import { assignTopics, type TopicDoc } from '../../src/pipeline/topics.ts'
import { decidedLabels } from '../../src/pipeline/topics/decide.ts'
import { COMPANIES, FOOTBALL, FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC, TAXONOMY } from '../fixtures/topics/corpus.ts'

const one = (title: string, text: string): TopicDoc[] => [{ id: 'a', title, text }]
const topicsOf = (docs: TopicDoc[], options = {}) => assignTopics(docs, TAXONOMY, options).get('a')

// Keyword evidence, worked by hand: each keyword adds log2(1 + 3×headline hits + body hits);
// 0.015 per unit. A primary topic needs 0.03, 2 units (a headline keyword); a further one
// 2 units, a quarter of the primary's, and a keyword score of 2 of its own. Scores below are in units.
describe('keyword seeding (keywords only)', () => {
  it.each([
    ['headline keyword', 'Football returns', 'Crowds were back.', ['football']], // log2(4) = 2 units ≥ 2
    ['stemmed: "Storms" matches "storm"', 'Storms batter the coast', 'Trees fell.', ['weather']],
    ['phrase in the headline', 'Stock markets tumble', 'Traders were gloomy.', ['companies']],
    ['phrase words apart do not match', 'Market stall sold stock cubes', 'It was busy.', []],
    ['one passing mention in the body is not enough', 'A day out', 'We watched a match and went home.', []],
    ['two different keywords in the body are enough', 'A day out', 'We watched a match between two league sides.', ['football']],
    ['no keyword at all', 'Sourdough baking tips', 'Flour, water and salt.', []],
    [
      // football 3 × log2(4) = 6; companies log2(2) = 1 < 2
      'a passing mention of a second topic adds nothing',
      'Football league match ends in a draw',
      'Shares in the club rose after the game.',
      ['football'],
    ],
    [
      // football 6; companies 2 × log2(2) = 2 ≥ max(2, 6 / 4)
      'two keywords of a second topic make it a further topic',
      'Football league match ends in a draw',
      'Shares in the club rose, and profits doubled.',
      ['football', 'companies'],
    ],
    [
      // football 6; companies 2 × log2(3) + 1 = 4.17 ≥ max(2, 6 / 4)
      'a clearly relevant second topic comes second',
      'Football league match ends in a draw',
      'Shares in the club rose and shares in its sponsor fell. Profits at the club doubled, profits at the sponsor halved, and the stock market welcomed it.',
      ['football', 'companies'],
    ],
    [
      // companies 6 (all three in the headline); football 2 ≥ max(2, 6 / 4): second, and kept
      'headline outweighs body',
      'Club shares and profits soar on the stock market',
      'The football club won the league.',
      ['companies', 'football'],
    ],
    [
      // every topic it is about, not at most two: football 6; companies 2, weather 2
      'three topics when the article is about three',
      'Football league match ends in a draw',
      'Shares fell and profits halved. A storm and a heatwave hit the ground in one week.',
      ['football', 'companies', 'weather'],
    ],
  ])('%s', (_case, title, text, expected) => {
    expect(topicsOf(one(title, text), { expand: false })).toEqual(expected)
  })

  it('maxTopics caps the list, keeping the primary', () => {
    const docs = one(
      'Football league match ends in a draw',
      'Shares in the club rose and shares in its sponsor fell. Profits at the club doubled, profits at the sponsor halved, and the stock market welcomed it.',
    )
    expect(topicsOf(docs, { expand: false, maxTopics: 1 })).toEqual(['football'])
  })
})

describe('expansion over the corpus', () => {
  const corpus = [...FOOTBALL, ...COMPANIES, FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC]

  it('reaches an article that names no keyword, through the vocabulary of tagged ones', () => {
    expect(assignTopics(corpus, TAXONOMY).get('x-football')).toEqual(['football'])
    // Keywords alone cannot: the article names none.
    expect(assignTopics(corpus, TAXONOMY, { expand: false }).get('x-football')).toEqual([])
  })

  it('leaves an article that fits no topic without one', () => {
    expect(assignTopics(corpus, TAXONOMY).get('x-baking')).toEqual([])
  })

  it('keeps every keyword-tagged article in its topic, and adds no weather from one "storms"', () => {
    const result = assignTopics(corpus, TAXONOMY)
    for (const doc of FOOTBALL) expect(result.get(doc.id), doc.id).toEqual(['football'])
    for (const doc of COMPANIES) expect(result.get(doc.id), doc.id).toEqual(['companies'])
  })

  it('in a five-article corpus, keyword evidence decides every keyword-tagged article, and learning adds no wrong topic', () => {
    const small = [FOOTBALL[0]!, FOOTBALL[1]!, COMPANIES[0]!, COMPANIES[1]!, FOOTBALL_WITHOUT_KEYWORDS]
    const learnt = [...assignTopics(small, TAXONOMY).values()]
    expect(learnt.slice(0, 4)).toEqual([...assignTopics(small, TAXONOMY, { expand: false }).values()].slice(0, 4))
    expect(learnt.slice(0, 4)).toEqual([['football'], ['football'], ['companies'], ['companies']])
    // Two labelled reports a topic may or may not be enough to reach it; a wrong topic never is.
    expect([[], ['football']]).toContainEqual(learnt[4])
  })

  it('is deterministic: the same input gives the same output', () => {
    const first = assignTopics(corpus, TAXONOMY)
    const second = assignTopics(corpus.map((d) => ({ ...d })), TAXONOMY)
    expect([...second]).toEqual([...first])
  })
})

describe('edge cases', () => {
  it('returns an entry for every article, in input order', () => {
    const docs = [FOOTBALL[0]!, OFF_TOPIC, COMPANIES[0]!]
    expect([...assignTopics(docs, TAXONOMY).keys()]).toEqual(['f1', 'x-baking', 'c1'])
  })

  it('an empty taxonomy tags nothing', () => {
    expect([...assignTopics(FOOTBALL, []).values()].every((t) => t.length === 0)).toBe(true)
  })

  it('an empty corpus gives an empty map', () => {
    expect(assignTopics([], TAXONOMY).size).toBe(0)
  })

  it('rejects duplicate ids, naming the id', () => {
    expect(() => assignTopics([FOOTBALL[0]!, FOOTBALL[0]!], TAXONOMY)).toThrowError('topics: duplicate document id "f1"')
  })
})

describe('decidedLabels: the last round’s training labels', () => {
  // Evidence laid out [d * topics + t], two topics; MIN_EVIDENCE is 0.03.
  it.each([
    { case: 'the clear best topic', evidence: [0.3, 0.1], label: 0 },
    { case: 'a narrow lead still decides (no training margin here)', evidence: [0.2, 0.21], label: 1 },
    { case: 'below the least evidence: no label', evidence: [0.02, 0.01], label: -1 },
    { case: 'a tie goes to the earlier topic, as chooseTopics does', evidence: [0.1, 0.1], label: 0 },
    { case: 'negative evidence everywhere: no label', evidence: [-0.2, -0.1], label: -1 },
  ])('$case', ({ evidence, label }) => {
    expect([...decidedLabels(Float64Array.from(evidence), 1, 2)]).toEqual([label])
  })
})
