import { describe, expect, it } from 'vitest'
import { type ArticleScore, figures, firstSentence, median, rowsByHalf, startsWith } from '../../src/eval/summaries.ts'
import { halfOf } from '../../src/eval/halves.ts'
import { parseStory } from '../../src/eval/story-files.ts'
import type { PRF } from '../../src/eval/rouge.ts'

describe('median', () => {
  it.each([
    [[], 0],
    [[0.3], 0.3],
    [[0.5, 0.1, 0.3], 0.3],
    [[0.4, 0.1, 0.3, 0.2], 0.25], // (0.2 + 0.3) / 2
  ])('%j → %d', (xs, expected) => expect(median(xs)).toBeCloseTo(expected, 10))
})

describe('firstSentence and startsWith', () => {
  it.each([
    ['the first sentence of the first paragraph', ['Rain fell all day. Rivers rose.', 'Later on.'], 'Rain fell all day.'],
    ['blank paragraphs skipped', ['  ', 'Rain fell all day.'], 'Rain fell all day.'],
    ['an empty body', [], ''],
  ])('firstSentence: %s', (_case, paragraphs, expected) => expect(firstSentence(paragraphs)).toBe(expected))

  it.each([
    ['opens with it', 'Rain fell all day. Rivers rose.', 'Rain fell all day.', true],
    ['case and punctuation do not matter', 'rain fell, all day!', 'Rain fell all day.', true],
    ['cut short of its end', 'Rain fell all', 'Rain fell all day.', false],
    ['starts later', 'Rivers rose. Rain fell all day.', 'Rain fell all day.', false],
    ['an empty sentence never matches', 'Rain fell.', '', false],
  ])('startsWith: %s', (_case, text, sentence, expected) => expect(startsWith(text, sentence)).toBe(expected))
})

const prf = (f1: number): PRF => ({ precision: f1, recall: f1, f1 })
const score = (id: string, ours: number, lead: number, oursFirst: boolean, words = 10): ArticleScore => ({
  id,
  words,
  ours: { 'ROUGE-1': prf(ours), 'ROUGE-2': prf(ours / 2), 'ROUGE-L': prf(ours) },
  lead: { 'ROUGE-1': prf(lead), 'ROUGE-2': prf(lead / 2), 'ROUGE-L': prf(lead) },
  oursStartsWithFirst: oursFirst,
  leadStartsWithFirst: true,
})

describe('figures: means, the per-article distribution and the first-sentence share', () => {
  // Four articles: Gazette's ROUGE-1 F 0.6, 0.2, 0.5, 0.4 against the lead's 0.4, 0.3, 0.5, 0.2.
  const scores = [score('a', 0.6, 0.4, true, 10), score('b', 0.2, 0.3, false, 20), score('c', 0.5, 0.5, true, 30), score('d', 0.4, 0.2, true, 40)]
  const byName = Object.fromEntries(figures(scores).map((f) => [f.metric, f]))
  it.each([
    ['ROUGE-1 f1', 0.425, 0.35], // (0.6+0.2+0.5+0.4)/4, (0.4+0.3+0.5+0.2)/4
    ['ROUGE-2 f1', 0.2125, 0.175], // half of the above
    ['median ROUGE-1 f1 per article', 0.45, 0.35], // sorted 0.2 0.4 0.5 0.6 → 0.45; 0.2 0.3 0.4 0.5 → 0.35
    ['articles where ROUGE-1 f1 beats the lead (share)', 0.5, undefined], // a, d
    ['articles where ROUGE-1 f1 is below the lead (share)', 0.25, undefined], // b; c is a tie
    ["summary starts with the article's first sentence (share)", 0.75, 1], // a, c, d
    ['mean summary length (words)', 25, 25],
    ['articles', 4, 4],
  ])('%s', (metric, value, baseline) => {
    expect(byName[metric]!.value).toBeCloseTo(value, 10)
    if (baseline === undefined) expect(byName[metric]!.baseline).toBeUndefined()
    else expect(byName[metric]!.baseline).toBeCloseTo(baseline, 10)
  })

  it('an empty set gives zeros, not NaN', () => {
    for (const f of figures([])) expect(Number.isNaN(f.value)).toBe(false)
  })
})

describe('rowsByHalf: each figure for the whole set, then half A, then half B', () => {
  // halfOf('a') is A (see halves.test.ts); the ids below are sorted into halves by the same function.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f']
  const scores = ids.map((id, i) => score(id, 0.1 * (i + 1), 0.1, true))
  const rows = rowsByHalf(scores)
  const row = (metric: string) => rows.find((r) => r.metric === metric)!
  it('names the set in each row, three rows per figure, side by side', () => {
    expect(rows.slice(0, 3).map((r) => r.metric)).toEqual(['ROUGE-1 precision (all)', 'ROUGE-1 precision (half A)', 'ROUGE-1 precision (half B)'])
    expect(rows.length).toBe(3 * figures(scores).length)
  })
  it('each half counts only its own articles', () => {
    const inA = ids.filter((id) => halfOf(id) === 'A')
    expect(row('articles (half A)').value).toBe(inA.length)
    expect(row('articles (half B)').value).toBe(ids.length - inA.length)
    const meanOf = (set: string[]) => set.reduce((sum, id) => sum + 0.1 * (ids.indexOf(id) + 1), 0) / set.length
    expect(row('ROUGE-1 f1 (half A)').value).toBeCloseTo(meanOf(inA), 10)
    expect(row('ROUGE-1 f1 (all)').value).toBeCloseTo(0.35, 10) // (0.1+…+0.6)/6
  })
})

describe('parseStory: the .story format', () => {
  it.each([
    [
      'paragraphs, then highlights after blank lines',
      'First paragraph here.\n\nSecond\nparagraph.\n\n@highlight\n\nOne thing happened\n\n@highlight\n\nAnother did',
      ['First paragraph here.', 'Second paragraph.'],
      ['One thing happened', 'Another did'],
    ],
    ['a highlight on the next line', 'Body text.\n\n@highlight\nShort form\n', ['Body text.'], ['Short form']],
    ['CRLF line ends', 'Body text.\r\n\r\n@highlight\r\n\r\nIt works', ['Body text.'], ['It works']],
  ])('%s', (_case, text, paragraphs, highlights) => {
    const story = parseStory(text, 'x.story')
    expect(story.body.map((b) => b.text)).toEqual(paragraphs)
    expect(story.highlights).toEqual(highlights)
  })

  it.each([
    ['no article', '@highlight\n\nOnly a highlight', 'stories: x.story: no article text before the first @highlight'],
    ['no highlight', 'Only a body.', 'stories: x.story: no @highlight, so no reference to score against'],
  ])('rejects a story with %s, naming the file', (_case, text, message) => {
    expect(() => parseStory(text, 'x.story')).toThrowError(message)
  })
})
