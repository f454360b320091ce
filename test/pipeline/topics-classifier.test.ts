import { describe, expect, it } from 'vitest'
import { buildCorpus, readText } from '../../src/pipeline/topics/corpus.ts'
import { classify, complementWeight, copyGroups, features, MIN_CLASS_ARTICLES, NONE, UNLABELLED } from '../../src/pipeline/topics/classifier.ts'
import type { TopicDoc } from '../../src/pipeline/topics.ts'
import { COMPANIES, FOOTBALL, FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC, TAXONOMY } from '../fixtures/topics/corpus.ts'

/** Five baking articles sharing a vocabulary no topic uses: enough for a "none" class. */
const BAKING: TopicDoc[] = [
  { id: 'b1', title: 'Rye bread at home', text: 'Knead the dough, let it rise and bake the loaf in a hot oven until the crust is dark.' },
  { id: 'b2', title: 'Perfect scones', text: 'Rub butter into flour, add milk, shape the dough and bake in a hot oven. Serve with jam.' },
  { id: 'b3', title: 'A simple sponge', text: 'Beat butter and sugar, fold in flour and eggs, and bake the sponge in the oven until it springs back.' },
  { id: 'b4', title: 'Focaccia for beginners', text: 'Mix flour, water, salt and yeast, let the dough rise overnight and bake it in a very hot oven.' },
  { id: 'b5', title: 'Shortbread biscuits', text: 'Cream butter and sugar, work in the flour, roll the dough and bake the biscuits until pale gold.' },
]

const FOOTBALL_T = 0
const COMPANIES_T = 1

function run(docs: TopicDoc[], labelOf: (doc: TopicDoc) => number): Map<string, number> | null {
  const corpus = buildCorpus(docs.map(readText), TAXONOMY)
  const result = classify(features(corpus), corpus.totals.length, TAXONOMY.length, Int32Array.from(docs.map(labelOf)))
  return result && new Map(docs.map((doc, d) => [doc.id, result[d]!]))
}

const byFixture = (doc: TopicDoc) => (doc.id.startsWith('f') ? FOOTBALL_T : doc.id.startsWith('c') ? COMPANIES_T : doc.id.startsWith('b') ? NONE : UNLABELLED)

describe('complementWeight: log((α + in complement) / (α × vocabulary + complement length)), α = 0.7', () => {
  it.each([
    // ln(0.7 + 0.3) − ln(0.7 × 3 + 2) = 0 − ln 4.1
    { case: 'a word of weight 0.3 in a complement of length 2, vocabulary 3', inComplement: 0.3, length: 2, vocabulary: 3, expected: -1.4109870 },
    // ln 2 − ln(7 + 4.9) = 0.6931472 − 2.4765384
    { case: 'weight 1.3 in length 4.9, vocabulary 10', inComplement: 1.3, length: 4.9, vocabulary: 10, expected: -1.7833912 },
    // ln 0.7 − ln(3.5 + 5): a word the complement never uses still gets α's share
    { case: 'a word absent from a complement of length 5, vocabulary 5', inComplement: 0, length: 5, vocabulary: 5, expected: -2.4967411 },
    // ln 0.7 − ln 0.7: one word, an empty complement
    { case: 'an empty complement over a one-word vocabulary', inComplement: 0, length: 0, vocabulary: 1, expected: 0 },
  ])('$case', ({ inComplement, length, vocabulary, expected }) => {
    expect(complementWeight(inComplement, length, vocabulary)).toBeCloseTo(expected, 6)
  })
})

describe('complement naive Bayes, the final primary call', () => {
  it.each([
    {
      case: 'an unlabelled article goes to the class whose vocabulary it shares, with no keyword of it',
      docs: [...FOOTBALL, ...COMPANIES, FOOTBALL_WITHOUT_KEYWORDS],
      labelOf: byFixture,
      id: 'x-football',
      expected: FOOTBALL_T,
    },
    {
      case: 'a football report mislabelled as companies is called football',
      docs: [...FOOTBALL, ...COMPANIES, FOOTBALL_WITHOUT_KEYWORDS],
      labelOf: (doc: TopicDoc) => (doc.id === 'x-football' ? COMPANIES_T : byFixture(doc)),
      id: 'x-football',
      expected: FOOTBALL_T,
    },
    {
      case: 'with five untagged baking articles as "none", an unlabelled baking article gets none',
      docs: [...FOOTBALL, ...COMPANIES, ...BAKING, OFF_TOPIC],
      labelOf: byFixture,
      id: 'x-baking',
      expected: NONE,
    },
    {
      case: 'without a usable "none" class, an article labelled none stays none',
      docs: [...FOOTBALL, ...COMPANIES, OFF_TOPIC],
      labelOf: (doc: TopicDoc) => (doc.id === 'x-baking' ? NONE : byFixture(doc)),
      id: 'x-baking',
      expected: NONE,
    },
  ])('$case', ({ docs, labelOf, id, expected }) => {
    expect(run(docs, labelOf)?.get(id)).toBe(expected)
  })

  it('calls every labelled article of two well-separated classes by its label', () => {
    const result = run([...FOOTBALL, ...COMPANIES], byFixture)!
    for (const doc of FOOTBALL) expect(result.get(doc.id)).toBe(FOOTBALL_T)
    for (const doc of COMPANIES) expect(result.get(doc.id)).toBe(COMPANIES_T)
  })

  it(`declines (null) when fewer than two classes have ${MIN_CLASS_ARTICLES} labelled articles`, () => {
    const fewCompanies = COMPANIES.slice(0, MIN_CLASS_ARTICLES - 1)
    expect(run([...FOOTBALL, ...fewCompanies], byFixture)).toBeNull()
    expect(run([...FOOTBALL, ...COMPANIES.slice(0, MIN_CLASS_ARTICLES)], byFixture)).not.toBeNull()
  })

  it('is deterministic: the same documents give the same calls', () => {
    const docs = [...FOOTBALL, ...COMPANIES, ...BAKING, FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC]
    expect([...run(docs, byFixture)!]).toEqual([...run(docs, byFixture)!])
  })
})

describe('copies are left out together', () => {
  it.each([
    { case: 'no copies: one group each', termIds: [[1, 2], [1, 3], [2]], weights: [[0.6, 0.8], [0.6, 0.8], [1]], expected: [0, 1, 2] },
    { case: 'the same words, weighed the same: one group', termIds: [[1, 2], [4], [1, 2]], weights: [[0.6, 0.8], [1], [0.6, 0.8]], expected: [0, 1, 0] },
    { case: 'the same words, weighed differently: two groups', termIds: [[1, 2], [1, 2]], weights: [[0.6, 0.8], [0.8, 0.6]], expected: [0, 1] },
    { case: 'one word more: two groups', termIds: [[1, 2], [1, 2, 3]], weights: [[1, 1], [1, 1, 1]], expected: [0, 1] },
    { case: 'groups numbered by first appearance', termIds: [[7], [8], [8], [7]], weights: [[1], [1], [1], [1]], expected: [0, 1, 1, 0] },
  ])('copyGroups: $case', ({ termIds, weights, expected }) => {
    const groups = copyGroups({ termIds: termIds.map((ids) => Int32Array.from(ids)), weights: weights.map((w) => Float64Array.from(w)) })
    expect([...groups]).toEqual(expected)
  })

  // Three copies of a football report, all mislabelled companies. Under plain
  // leave-one-out each copy's two twins stay in the companies class and carry
  // it; with the copies left out together, the eight labelled football and
  // companies articles decide, and they say football.
  const copies = [1, 2, 3].map((n) => ({ ...FOOTBALL_WITHOUT_KEYWORDS, id: `copy-${n}` }))
  const docs = [...FOOTBALL, ...COMPANIES, ...copies]
  const labels = Int32Array.from(docs.map((doc) => (doc.id.startsWith('f') ? FOOTBALL_T : COMPANIES_T)))
  const corpus = buildCorpus(docs.map(readText), TAXONOMY)
  const feats = features(corpus)
  const callsOnCopies = (result: Int32Array | null) => [...result!.slice(-copies.length)]

  it('three mislabelled copies back each other under plain leave-one-out', () => {
    expect(callsOnCopies(classify(feats, corpus.totals.length, TAXONOMY.length, labels))).toEqual([COMPANIES_T, COMPANIES_T, COMPANIES_T])
  })

  it('left out together, the copies are called by the other articles: football', () => {
    const groups = copyGroups(feats)
    expect(new Set(groups.slice(-copies.length)).size).toBe(1)
    expect(callsOnCopies(classify(feats, corpus.totals.length, TAXONOMY.length, labels, groups))).toEqual([FOOTBALL_T, FOOTBALL_T, FOOTBALL_T])
  })

  it('without copies, leaving groups out is plain leave-one-out', () => {
    const distinct = [...FOOTBALL, ...COMPANIES, FOOTBALL_WITHOUT_KEYWORDS]
    const distinctLabels = Int32Array.from(distinct.map((doc) => (doc.id.startsWith('f') ? FOOTBALL_T : COMPANIES_T)))
    const read = buildCorpus(distinct.map(readText), TAXONOMY)
    const distinctFeats = features(read)
    const plain = classify(distinctFeats, read.totals.length, TAXONOMY.length, distinctLabels)
    expect([...classify(distinctFeats, read.totals.length, TAXONOMY.length, distinctLabels, copyGroups(distinctFeats))!]).toEqual([...plain!])
  })
})
