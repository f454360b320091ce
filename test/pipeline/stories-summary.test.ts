import { describe, expect, it } from 'vitest'
import { anchorRelativeDays, formatDay } from '../../src/pipeline/stories/relative-dates.ts'
import { storySentences, storySummary } from '../../src/pipeline/stories/summary.ts'
import { candidates } from '../../src/pipeline/summaries/candidates.ts'

// 13 November 2024 was a Wednesday (checked on a calendar).
const WED = '2024-11-13T09:00:00Z'

describe('anchorRelativeDays: each relative day gets its date from the article, in brackets', () => {
  it.each([
    ['a past weekday: the latest on or before the date', 'They signed the treaty on Monday.', 'They signed the treaty on Monday (11 November 2024).'],
    ['the same weekday as the article: that day', 'Talks resumed on Wednesday.', 'Talks resumed on Wednesday (13 November 2024).'],
    ['a future weekday: the first on or after', 'Talks will resume on Friday.', 'Talks will resume on Friday (15 November 2024).'],
    ['"last Wednesday" is never the day itself', 'It opened last Wednesday.', 'It opened last Wednesday (6 November 2024).'],
    ['"next Monday"', 'It closes next Monday for repairs.', 'It closes next Monday (18 November 2024) for repairs.'],
    ['yesterday, capitalised', 'Yesterday the council met.', 'Yesterday (12 November 2024) the council met.'],
    ['today and tomorrow', 'It rains today and clears tomorrow.', 'It rains today (13 November 2024) and clears tomorrow (14 November 2024).'],
    ['last week: named by its Monday', 'Prices fell last week.', 'Prices fell last week (the week of 4 November 2024).'],
    ['the date goes after the part of the day', 'Crews left on Monday morning as planned.', 'Crews left on Monday morning (11 November 2024) as planned.'],
    ['"on" and a capitalised word after it', 'On Monday North Korea said so.', 'On Monday (11 November 2024) North Korea said so.'],
    ['a date already given is left alone', 'It met on Monday, 11 November, in Oslo.', 'It met on Monday, 11 November, in Oslo.'],
    ['a possessive is left alone', "Monday's vote was close.", "Monday's vote was close."],
    ['a name is left alone', 'The Sunday Times printed it.', 'The Sunday Times printed it.'],
    ['no relative day', 'The treaty took effect in June.', 'The treaty took effect in June.'],
  ])('%s', (_case, sentence, expected) => expect(anchorRelativeDays(sentence, WED)).toBe(expected))

  it('uses the article date, across a month and a year end', () => {
    // 1 January 2025 was a Wednesday: "on Monday" is 30 December 2024.
    expect(anchorRelativeDays('It happened on Monday.', '2025-01-01T00:00:00Z')).toBe('It happened on Monday (30 December 2024).')
  })

  it('leaves the sentence as it is when the date cannot be read', () => {
    expect(anchorRelativeDays('It happened on Monday.', 'not a date')).toBe('It happened on Monday.')
  })

  it.each([
    [0, '1 January 1970'],
    [20040, '13 November 2024'], // 20040 days after 1 January 1970
  ])('formatDay(%i) = %s', (day, text) => expect(formatDay(day)).toBe(text))
})

// A made-up story: two reports of a dam's construction, then a third, two days later, with the news.
const older1 = {
  id: 'older-1',
  published: '2026-03-02T08:00:00Z',
  paragraphs: [
    'Engineers began filling the new Tarn Valley reservoir behind the finished dam on Monday, the regional water board said.',
    'The dam, built over four years at a cost of 300 million euros, will supply water to about 400,000 homes in the valley.',
    'Farmers whose land was flooded for the reservoir were paid compensation last year.',
  ],
}
const older2 = {
  id: 'older-2',
  published: '2026-03-02T10:00:00Z',
  paragraphs: [
    'The regional water board started filling the Tarn Valley reservoir on Monday after four years of building work on the dam.',
    'Once full, the reservoir will supply about 400,000 homes, the water board said.',
  ],
}
const newest = {
  id: 'newest',
  published: '2026-03-04T07:00:00Z',
  paragraphs: [
    'Filling of the Tarn Valley reservoir was halted on Tuesday after inspectors found a leak in a tunnel beneath the dam.',
    'The water board said the dam, built over four years, would supply about 400,000 homes once full.',
  ],
}
const weights = new Map<string, number>()

describe('storySummary: the latest development comes first, with its day anchored', () => {
  it('puts the newest report’s new sentence first, dated from that report', () => {
    const summary = storySummary([older1, older2, newest], weights)
    // 4 March 2026 was a Wednesday, so "on Tuesday" is 3 March.
    expect(summary.startsWith('Filling of the Tarn Valley reservoir was halted on Tuesday (3 March 2026) after inspectors found a leak')).toBe(true)
    // The newest report's other sentence repeats the older ones, so it is not what goes first.
    expect(summary.startsWith('The water board said the dam')).toBe(false)
  })

  it('with every report from one day there is no latest development: the order is MMR’s alone', () => {
    const sameDay = storySummary([older1, older2], weights)
    expect(sameDay).not.toContain('halted')
    // "on Monday" in a report of Monday 2 March 2026 is that day.
    expect(sameDay).toContain('on Monday (2 March 2026)')
  })

  it('a newest report that only repeats the older ones puts nothing first: being newer changes nothing', () => {
    const repeat = { ...older2, id: 'repeat', paragraphs: [older2.paragraphs[1]!], published: '2026-03-05T07:00:00Z' }
    expect(storySummary([older1, older2, repeat], weights)).toBe(storySummary([older1, older2, { ...repeat, published: older2.published }], weights))
  })
})

describe('storySentences: the per-article stage keeps what a story summary reads', () => {
  const paragraph = (text: string) => ({ type: 'p' as const, text })
  it('counts as lead only the sentences of the first four paragraphs, headings not counted', () => {
    const body = [
      { type: 'h' as const, text: 'A heading is no paragraph.' },
      ...[
        'The ferry left the harbour at dawn. It carried forty passengers and their cars.',
        'The crew reported rough seas near the cape.',
        'Coastguards sent a lifeboat from the north pier.',
        'All passengers were brought ashore by noon.',
        'An inquiry into the crossing opens next month. The operator has suspended its service.',
      ].map(paragraph),
    ]
    const kept = storySentences(candidates(body))
    expect(kept.lead.map((s) => s.text)).toEqual([
      'The ferry left the harbour at dawn.',
      'It carried forty passengers and their cars.',
      'The crew reported rough seas near the cape.',
      'Coastguards sent a lifeboat from the north pier.',
      'All passengers were brought ashore by noon.',
    ])
    // The two sentences of the fifth paragraph are kept as stems only.
    expect(kept.restStems).toHaveLength(2)
    expect(kept.restStems[0]).toContain('inquiri')
  })

  it('gives the same story summary as reading the paragraphs again', () => {
    const kept = (s: typeof older1) => ({ ...s, sentences: storySentences(candidates(s.paragraphs.map(paragraph))) })
    const sources = [older1, older2, newest]
    expect(storySummary(sources.map(kept), weights)).toBe(storySummary(sources, weights))
  })
})
