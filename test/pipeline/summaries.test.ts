import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { summarize } from '../../src/pipeline/summaries.ts'
import { boilerplateReason } from '../../src/pipeline/summaries/boilerplate.ts'
import { stripLeadingDateline } from '../../src/pipeline/summaries/candidates.ts'
import { shortenSentence } from '../../src/pipeline/summaries/shorten.ts'

const p = (text: string): Block => ({ type: 'p', text })
const h = (text: string): Block => ({ type: 'h', text })
const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length

describe('summarize: sentences stay whole', () => {
  it.each([
    ['"U.S." and "Mr."', 'The U.S. envoy met Mr. Smith in Geneva to discuss the ceasefire plan.'],
    ['"No. 10"', 'Officials at No. 10 said the plan would be published within a week.'],
    ['a decimal', 'Growth slowed to 2.5 per cent in the third quarter of the year.'],
    ['a quotation', '"We will not give up on these talks," the foreign minister told reporters in Geneva.'],
  ])('%s', (_case, sentence) => {
    // Three short sentences fit the defaults (3 sentences, 60 words), so all are used, in order.
    const body = [p('Talks on the ceasefire plan resumed in Geneva on Monday morning.'), p(sentence), p('Both delegations are expected to stay in the city until Friday.')]
    expect(summarize({ title: 'Ceasefire talks resume', body })).toBe(
      `Talks on the ceasefire plan resumed in Geneva on Monday morning. ${sentence} Both delegations are expected to stay in the city until Friday.`,
    )
  })
})

// Five sentences of 18–22 words about one subject; any three of them exceed 60 words.
const LONG_BODY = [
  p('The city council approved a new budget on Tuesday that raises spending on schools, roads and public transport by a tenth.'),
  p('Council leaders said the budget would be paid for by a small rise in property taxes and by selling two unused buildings.'),
  p('Opposition members argued that the property tax rise would hurt families already struggling with higher food and energy bills.'),
  p('The budget also sets aside money for repairing bridges, several of which have been closed to heavy lorries for months.'),
  p('A final vote on the property tax rise is expected next month, after a period of consultation with residents and businesses.'),
]
const LONG_SENTENCES = LONG_BODY.map((b) => b.text)

describe('summarize: limits', () => {
  it.each([60, 45, 25])('never exceeds maxWords = %i, using whole body sentences in document order', (maxWords) => {
    const summary = summarize({ title: 'Council approves budget', body: LONG_BODY }, { maxWords })
    expect(wordsIn(summary)).toBeLessThanOrEqual(maxWords)
    const used = LONG_SENTENCES.filter((s) => summary.includes(s))
    expect(used.length).toBeGreaterThan(0)
    expect(used.join(' ')).toBe(summary) // nothing but whole sentences, in order
  })

  it('defaults to at most 60 words and 3 sentences', () => {
    const summary = summarize({ title: 'Council approves budget', body: LONG_BODY })
    expect(wordsIn(summary)).toBeLessThanOrEqual(60)
    expect(LONG_SENTENCES.filter((s) => summary.includes(s)).length).toBeLessThanOrEqual(3)
  })

  it('maxSentences = 1 gives one sentence', () => {
    const summary = summarize({ title: 'Council approves budget', body: LONG_BODY }, { maxSentences: 1 })
    expect(LONG_SENTENCES).toContain(summary)
  })

  it('passes over a sentence too long for the budget for one that fits, rather than cutting it', () => {
    const long =
      'The regional government announced on Wednesday a sweeping plan to rebuild the flooded valley, including new homes, schools, a hospital, two bridges and a flood barrier that engineers say will protect the towns downstream for a century.'
    const short = 'Residents welcomed the rebuilding plan at a meeting in the town hall.'
    expect(summarize({ title: 'Valley rebuilding plan', body: [p(long), p(short)] }, { maxWords: 20 })).toBe(short)
  })

  it('rejects limits below 1, naming them', () => {
    expect(() => summarize({ title: 't', body: LONG_BODY }, { maxWords: 0 })).toThrowError(
      'summarize: maxWords and maxSentences must be at least 1 (got 0, 3)',
    )
  })
})

describe('summarize: only when nothing fits, the first sentence is shortened with an ellipsis', () => {
  it('cuts at the last clause boundary that keeps half the budget', () => {
    const sentence =
      'The committee, which met for six hours on Tuesday, agreed to raise the spending limit and to review it again next year.'
    // 12 words fit: "… on Tuesday, agreed to raise"; the comma after "Tuesday" (word 9) is a clause boundary ≥ 6 words in.
    expect(summarize({ title: 'Committee', body: [p(sentence)] }, { maxWords: 12 })).toBe(
      'The committee, which met for six hours on Tuesday…',
    )
  })
})

describe('shortenSentence', () => {
  const committee = 'The committee, which met for six hours on Tuesday, agreed to raise the limit and to review it again next year.'
  it.each([
    ['fits: unchanged', 'Prices rose.', 5, 'Prices rose.'],
    ['clause boundary', committee, 12, 'The committee, which met for six hours on Tuesday…'],
    // 8 words end "…six hours on"; the only comma is before word 4, so cut at a word and drop the dangling "on".
    ['word boundary, dangling word dropped', committee, 8, 'The committee, which met for six hours…'],
    // 10 words end at "decade", and the word after it is a dash: a clause boundary, so no dangling cut.
    ['dash boundary', 'Prices rose sharply — the biggest jump in a decade — as energy costs soared.', 10, 'Prices rose sharply — the biggest jump in a decade…'],
  ])('%s', (_case, sentence, maxWords, expected) => {
    expect(shortenSentence(sentence, maxWords)).toBe(expected)
  })
})

describe('boilerplate is never a summary sentence', () => {
  it.each([
    ['Photo: Reuters', 'credit'],
    ['Cover photo: via REUTERS', 'credit'],
    ['The minister arrives in Seoul. © AFP 2024', 'credit'],
    ['Read more: How the treaty was negotiated behind closed doors.', 'prompt'],
    ['Click here to get the latest news delivered to your inbox.', 'prompt'],
    ['Subscribe to our newsletter for the best of our journalism every day.', 'prompt'],
    ['PYONGYANG, Dec 4 (Reuters) -', 'dateline'],
    ['MOSCOW —', 'dateline'],
    ['KCNA said on Thursday.', 'short'],
    ['The state news agency reported on Thursday.', 'attribution'],
    ['According to officials in the capital.', 'attribution'],
    ['More on North Korea:', 'incomplete'],
    ['Key Provisions of the Treaty', 'incomplete'],
    ['and then the troops crossed the border into the region.', 'fragment'],
    ['Comments0', 'incomplete'],
    ['Contact the author at content@example.com for corrections.', 'link'],
  ])('%s → %s', (sentence, reason) => {
    expect(boilerplateReason(sentence)).toBe(reason)
  })

  it.each([
    'Growth was 2.5% this year, the central bank said.',
    '"We will not give up," the minister said after the meeting.',
    'North Korea has denied sending troops to Russia.',
    'Officials said the talks had failed to agree on a ceasefire.',
  ])('keeps a real sentence: %s', (sentence) => {
    expect(boilerplateReason(sentence)).toBeNull()
  })

  it('summarises around credits, prompts and datelines', () => {
    const body = [
      p('Cover photo: via REUTERS'),
      p('PYONGYANG, Dec 4 (Reuters) -'),
      p('North Korea and Russia exchanged ratification documents for their new defence treaty in Moscow on Wednesday.'),
      p('Read more: What the treaty means for the region.'),
      p('Click here to subscribe to our daily briefing.'),
    ]
    expect(summarize({ title: 'Treaty takes effect', body })).toBe(
      'North Korea and Russia exchanged ratification documents for their new defence treaty in Moscow on Wednesday.',
    )
  })
})

describe('summarize: sources', () => {
  it('never uses headings', () => {
    const body = [
      h('Russia and North Korea sign a sweeping defence treaty in Pyongyang.'),
      p('The treaty commits both countries to help each other if either is attacked.'),
    ]
    expect(summarize({ title: 'Defence treaty signed', body })).toBe('The treaty commits both countries to help each other if either is attacked.')
  })

  it('drops an opening dateline but keeps the sentence', () => {
    const body = [p('PYONGYANG, Dec 4 (Reuters) - North Korea said on Wednesday that the treaty had taken effect.')]
    expect(summarize({ title: 'Treaty in force', body })).toBe('North Korea said on Wednesday that the treaty had taken effect.')
  })

  it.each([
    ['PYONGYANG, Dec 4 (Reuters) - North Korea said…', 'North Korea said…'],
    ['Pyongyang, North Korea - A treaty has come into force.', 'A treaty has come into force.'],
    ['The treaty - signed in June - took effect.', 'The treaty - signed in June - took effect.'], // "signed" is not a sentence start
    ['(Harbour Wire) -- Ferry crews walked out on Tuesday.', 'Ferry crews walked out on Tuesday.'], // the agency alone
    ['(Officials say) the plan is late.', '(Officials say) the plan is late.'], // a bracket with no dash is the sentence's own
  ])('stripLeadingDateline(%s)', (input, expected) => {
    expect(stripLeadingDateline(input)).toBe(expected)
  })

  it('does not repeat a sentence printed twice', () => {
    const caption = 'A mutual defence treaty signed by the two leaders has come into full effect.'
    const summary = summarize({ title: 'Treaty', body: [p(caption), p(caption), p('The treaty was signed in Pyongyang in June.')] })
    expect(summary.split(caption).length - 1).toBe(1)
  })

  it('an article with no usable sentence gets an empty summary', () => {
    expect(summarize({ title: 'Gallery', body: [p('Photo: Reuters'), h('Pictures of the week')] })).toBe('')
    expect(summarize({ title: 'Empty', body: [] })).toBe('')
  })

  it('is deterministic', () => {
    const input = { title: 'Council approves budget', body: LONG_BODY }
    expect(summarize(input)).toBe(summarize({ title: input.title, body: input.body.map((b) => ({ ...b })) }))
  })
})

describe('summarize: after the lede, a sentence that repeats it is passed over (MMR)', () => {
  // The second sentence restates the lede with the same content words; the third adds something.
  // Both fit (12 + 12 + 12 words ≤ 60), but with two sentences allowed the restatement's
  // overlap with the chosen lede (cosine near 1, weighed 0.2) costs more than its salience gains.
  const lede = 'Ferry crews on the northern coast went on strike over pay on Tuesday.'
  const repeat = 'On Tuesday ferry crews on the northern coast went on strike over pay.'
  const other = 'The strike stopped every ferry route, stranding thousands of island commuters overnight.'
  it('keeps the lede and the sentence that adds something', () => {
    expect(summarize({ title: 'Ferry strike', body: [p(lede), p(repeat), p(other)] }, { maxSentences: 2 })).toBe(`${lede} ${other}`)
  })
})
