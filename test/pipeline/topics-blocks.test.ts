/**
 * Topics settle by time block (topics.ts settleTopics): block k's articles
 * are decided by models that learn from block k and from every earlier
 * block's settled labels, carried as sums; a rebuild keeps the blocks whose
 * chain digest it shares with the previous state.
 */
import { describe, expect, it } from 'vitest'
import type { Topic } from '../../src/model.ts'
import { readTopicDocs, settleTopics, topicKey, type ReadDocs, type TopicDoc } from '../../src/pipeline/topics.ts'
import { addClassLabelled, classify, features, NONE, UNLABELLED } from '../../src/pipeline/topics/classifier.ts'
import { buildCorpus, readText } from '../../src/pipeline/topics/corpus.ts'
import { addLabelled, modelScores, NEUTRAL_WORDS } from '../../src/pipeline/topics/model.ts'
import { COMPANIES, FOOTBALL, FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC, TAXONOMY } from '../fixtures/topics/corpus.ts'

const JAN = '2024-01-15T10:00:00Z'
const FEB = '2024-02-15T10:00:00Z'
const MAR = '2024-03-15T10:00:00Z'
const ONE_TOPIC: Topic[] = [{ slug: 'cricket', title: 'Cricket', description: 'The game.', keywords: [] }]
const doc = (id: string, text: string): TopicDoc => ({ id, title: '', text })

/** Documents with their dates, keyed as the build keys them (id and a hash of their words). */
function dated(docs: { doc: TopicDoc; published: string }[]): ReadDocs {
  return { ...readTopicDocs(docs.map((d) => d.doc)), published: docs.map((d) => d.published), keys: docs.map((d) => topicKey(d.doc)) }
}

describe('modelScores with the counts of an earlier block', () => {
  it('scores a block-2 article against a topic learnt only in block 1, worked by hand', () => {
    // Block 1: "cricket cricket", labelled cricket. Block 2: "cricket tennis" and "tennis", unlabelled.
    const first = buildCorpus([doc('a', 'cricket cricket'), doc('b', '')].slice(0, 1).map(readText), ONE_TOPIC)
    const carried = addLabelled(null, first, Int32Array.of(0))
    const second = buildCorpus([doc('c', 'cricket tennis'), doc('d', 'tennis')].map(readText), ONE_TOPIC, { before: first })
    // Corpus so far: cricket 3 (2 documents), tennis 2 (2 documents), length 5. The topic: cricket 2, length 2, one article.
    expect([second.corpusDocCount, second.totalLength]).toEqual([3, 5])
    const scores = modelScores(second, Int32Array.of(-1, -1), carried)
    // Article c, leave-one-out background of length 3; share = 0.5 × 1 / (1 + 10) = 1/22.
    // cricket: background 2/3, in topic 2/2 → log(1/22 × 1 / (2/3) + 21/22) = log(45/44);
    // tennis: in topic 0 → log(21/22). Mean over 2 scored words + NEUTRAL_WORDS.
    expect(scores[0]).toBeCloseTo(Math.log((45 / 44) * (21 / 22)) / (2 + NEUTRAL_WORDS), 12)
    // Without block 1's counts no topic has a model: no learnt evidence at all.
    expect(modelScores(second, Int32Array.of(-1, -1))[0]).toBe(0)
  })

  it('equals scoring the two blocks as one corpus, for block 2’s articles', () => {
    const block1 = [...FOOTBALL.slice(0, 5), ...COMPANIES.slice(0, 5)]
    const block2 = [...FOOTBALL.slice(5), ...COMPANIES.slice(5), FOOTBALL_WITHOUT_KEYWORDS]
    const labels1 = Int32Array.from(block1, (d) => (d.id.startsWith('f') ? 0 : 1))
    const labels2 = Int32Array.from(block2, (d) => (d.id.startsWith('c') ? 1 : -1))
    const first = buildCorpus(block1.map(readText), TAXONOMY)
    const carried = addLabelled(null, first, labels1)
    const second = buildCorpus(block2.map(readText), TAXONOMY, { before: first })
    const whole = buildCorpus([...block1, ...block2].map(readText), TAXONOMY)
    const together = modelScores(whole, Int32Array.from([...labels1, ...labels2]), null)
    const T = TAXONOMY.length
    expect([...modelScores(second, labels2, carried)]).toEqual([...together.slice(block1.length * T)])
  })
})

describe('classify with the totals of an earlier block', () => {
  it('calls block 2’s articles as one classifier over both blocks’ features would', () => {
    const block1 = [...FOOTBALL.slice(0, 6), ...COMPANIES.slice(0, 6)]
    const block2 = [...FOOTBALL.slice(6), ...COMPANIES.slice(6), FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC]
    const labels1 = Int32Array.from(block1, (d) => (d.id.startsWith('f') ? 0 : 1))
    const labels2 = Int32Array.from(block2, (d) => (d.id === OFF_TOPIC.id ? NONE : UNLABELLED))
    const first = buildCorpus(block1.map(readText), TAXONOMY)
    const second = buildCorpus(block2.map(readText), TAXONOMY, { before: first })
    const [feats1, feats2] = [features(first), features(second)]
    const V = second.totals.length
    const carried = addClassLabelled(null, feats1, V, TAXONOMY.length, labels1)
    const both = { termIds: [...feats1.termIds, ...feats2.termIds], weights: [...feats1.weights, ...feats2.weights] }
    const together = classify(both, V, TAXONOMY.length, Int32Array.from([...labels1, ...labels2]))!
    const calls = classify(feats2, V, TAXONOMY.length, labels2, undefined, carried)!
    expect([...calls]).toEqual([...together.slice(block1.length)])
    // Block 1 alone teaches six articles to each of two classes: enough (MIN_CLASS_ARTICLES 5) to call the keyword-less report football.
    expect(calls[block2.indexOf(FOOTBALL_WITHOUT_KEYWORDS)]).toBe(0)
    // Block 2 alone has one labelled article: the classifier declines.
    expect(classify(feats2, V, TAXONOMY.length, labels2)).toBeNull()
  })
})

describe('settleTopics: two blocks', () => {
  const january = [...FOOTBALL, ...COMPANIES].map((d) => ({ doc: d, published: JAN }))
  const february = [{ doc: FOOTBALL_WITHOUT_KEYWORDS, published: FEB }, { doc: OFF_TOPIC, published: FEB }]

  it.each([
    ['block 1 alone', january],
    ['block 1 with block 2 after it', [...january, ...february]],
    ['block 2 listed first', [...february, ...january]],
  ])('block 1’s decisions are the same: %s', (_, docs) => {
    const alone = settleTopics(dated(january), TAXONOMY, null).topics
    const topics = settleTopics(dated(docs), TAXONOMY, null).topics
    for (const { doc: d } of january) expect(topics.get(d.id)).toEqual(alone.get(d.id))
  })

  it('block 2 learns from block 1’s counts: a report naming no keyword is football', () => {
    const topics = settleTopics(dated([...january, ...february]), TAXONOMY, null).topics
    expect(topics.get(FOOTBALL_WITHOUT_KEYWORDS.id)).toEqual(['football'])
    expect(topics.get(OFF_TOPIC.id)).toEqual([])
    // Alone, block 2 has neither keywords nor labelled articles to learn from.
    expect(settleTopics(dated(february), TAXONOMY, null).topics.get(FOOTBALL_WITHOUT_KEYWORDS.id)).toEqual([])
  })

  it('one block is the undated algorithm', () => {
    const docs = [...FOOTBALL, ...COMPANIES, FOOTBALL_WITHOUT_KEYWORDS, OFF_TOPIC]
    const undated = settleTopics(readTopicDocs(docs), TAXONOMY, null).topics
    expect(settleTopics(dated(docs.map((d) => ({ doc: d, published: JAN }))), TAXONOMY, null).topics).toEqual(undated)
  })
})

describe('settleTopics from a previous state', () => {
  const jan = FOOTBALL.slice(0, 6).concat(COMPANIES.slice(0, 6)).map((d) => ({ doc: d, published: JAN }))
  const feb = [FOOTBALL[6]!, COMPANIES[6]!, OFF_TOPIC].map((d) => ({ doc: d, published: FEB }))
  const mar = [FOOTBALL[7]!, COMPANIES[7]!, FOOTBALL_WITHOUT_KEYWORDS].map((d) => ({ doc: d, published: MAR }))
  const extra = (published: string) => ({ doc: { id: 'late', title: 'League match report', text: FOOTBALL[2]!.text }, published })
  const edited = { doc: { ...FOOTBALL[6]!, text: `${FOOTBALL[6]!.text} The coach was sacked.` }, published: FEB }
  const before = settleTopics(dated([...jan, ...feb]), TAXONOMY, null).state

  it.each([
    { case: 'a newer block arrives', docs: [...jan, ...feb, ...mar], kept: 2 },
    { case: 'an article joins the newest block', docs: [...jan, ...feb, extra(FEB)], kept: 1 },
    { case: 'an article joins the oldest block', docs: [...jan, extra(JAN), ...feb], kept: 0 },
    { case: 'an article of block 2 is edited', docs: [...jan, edited, ...feb.slice(1)], kept: 1 },
    { case: 'nothing changes, in another order', docs: [...feb, ...jan].reverse(), kept: 2 },
  ])('$case: keeps $kept blocks and equals a full build', ({ docs, kept }) => {
    const resumed = settleTopics(dated(docs), TAXONOMY, before)
    const full = settleTopics(dated(docs), TAXONOMY, null)
    expect(resumed.kept).toBe(kept)
    expect(full.kept).toBe(0)
    expect(resumed.topics).toEqual(full.topics)
    expect(JSON.stringify(resumed.state)).toBe(JSON.stringify(full.state))
  })

  const damaged = { ...before, carried: before.carried.map((c) => ({ ...c, sums: { ...c.sums, totals: 'AAAA' } })) }
  it.each([
    { case: 'a newer block arrives, no sums saved', docs: [...jan, ...feb, ...mar], previous: { ...before, carried: [] }, kept: 2 },
    { case: 'an article joins the newest block, no sums saved', docs: [...jan, ...feb, extra(FEB)], previous: { ...before, carried: [] }, kept: 1 },
    { case: 'a newer block arrives, sums cut short', docs: [...jan, ...feb, ...mar], previous: damaged, kept: 2 },
  ])('$case: sums the kept blocks again from their labels, and equals a full build', ({ docs, previous, kept }) => {
    const resumed = settleTopics(dated(docs), TAXONOMY, previous)
    expect(resumed.kept).toBe(kept)
    expect(JSON.stringify(resumed.state)).toBe(JSON.stringify(settleTopics(dated(docs), TAXONOMY, null).state))
  })

  it('keeps the carried sums after the last two blocks only', () => {
    const state = settleTopics(dated([...jan, ...feb, ...mar]), TAXONOMY, null).state
    expect(state.carried.map((c) => c.after)).toEqual([1, 2])
    // Vocabulary so far, in term-id order: January's words first.
    expect(state.carried[1]!.sums.vocabulary.slice(0, state.carried[0]!.sums.vocabulary.length)).toEqual(state.carried[0]!.sums.vocabulary)
    expect(state.carried.map((c) => c.sums.docCount)).toEqual([15, 18])
  })

  it('takes a kept block’s decisions from the state, not from deciding it again', () => {
    // Members are kept in the order of their keys ("<id> <hash>"): c1 is January's first. Its saved topic becomes weather.
    const tampered = { ...before, blocks: [{ ...before.blocks[0]!, members: before.blocks[0]!.members.map((m, i) => (i === 0 ? [...m.slice(0, 4), 2] : m)) }, before.blocks[1]!] }
    const resumed = settleTopics(dated([...jan, ...feb, ...mar]), TAXONOMY, tampered)
    expect(resumed.kept).toBe(2)
    expect(resumed.topics.get('c1')).toEqual(['weather'])
    expect(settleTopics(dated([...jan, ...feb, ...mar]), TAXONOMY, null).topics.get('c1')).toEqual(['companies'])
  })

  it.each([
    ['another taxonomy', { ...before }, TAXONOMY.slice(0, 2)],
    ['a member cut from a block', { ...before, blocks: [{ ...before.blocks[0]!, members: before.blocks[0]!.members.slice(1) }, before.blocks[1]!] }, TAXONOMY],
    ['a topic index out of range', { ...before, blocks: [{ ...before.blocks[0]!, members: before.blocks[0]!.members.map((m) => [...m.slice(0, 4), 7]) }] }, TAXONOMY],
    ['not a state at all', { setup: before.setup, blocks: 'none' } as never, TAXONOMY],
  ])('starts afresh on %s', (_, previous, taxonomy) => {
    const docs = [...jan, ...feb]
    const resumed = settleTopics(dated(docs), taxonomy, previous)
    expect(resumed.kept).toBe(0)
    expect(resumed.topics).toEqual(settleTopics(dated(docs), taxonomy, null).topics)
  })
})
