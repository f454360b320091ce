/**
 * Candidate pairs for stories: articles sharing a key within the window,
 * at most MAX_CANDIDATES per article, taken from its rarest keys first and,
 * within a key, nearest in time first.
 */
import { describe, expect, it } from 'vitest'
import { candidatePairs, clusterItems, type ClusterItem, MAX_CANDIDATES, type PairList } from '../../src/pipeline/stories/cluster.ts'

const DAY = 86_400_000
const WINDOW = 30 * DAY
const item = (day: number, ...keys: string[]): ClusterItem => ({ time: day * DAY, keys })
const tuples = ({ first, second }: PairList) => [...first].map((i, p) => [i, second[p]!] as const)
const sorted = (pairs: PairList) => tuples(pairs).map(([i, j]) => `${i}-${j}`).sort()

describe('candidatePairs', () => {
  it.each([
    { case: 'a shared key within the window', items: [item(0, 'a'), item(10, 'a')], expected: ['0-1'] },
    { case: 'exactly the window apart still counts', items: [item(0, 'a'), item(30, 'a')], expected: ['0-1'] },
    { case: 'further apart than the window', items: [item(0, 'a'), item(31, 'a')], expected: [] },
    { case: 'no shared key', items: [item(0, 'a'), item(1, 'b')], expected: [] },
    { case: 'two shared keys give one pair', items: [item(0, 'a', 'b'), item(1, 'b', 'a')], expected: ['0-1'] },
    {
      case: 'every pair sharing a key, whatever the input order',
      items: [item(5, 'x'), item(1, 'x', 'y'), item(3, 'y'), item(2, 'z')],
      expected: ['0-1', '1-2'],
    },
  ])('$case', ({ items, expected }) => {
    expect(sorted(candidatePairs(items, WINDOW))).toEqual(expected)
  })

  it(`gives an article at most ${MAX_CANDIDATES} partners: its rarest key first, then the nearest in time`, () => {
    const MINUTE = 60_000
    // Article 0 shares "rare" with one article 20 days later, and "common" with
    // 200 articles published 1, 2, … 200 minutes after it.
    const items: ClusterItem[] = [{ time: 0, keys: ['common', 'rare'] }]
    for (let k = 1; k <= 200; k++) items.push({ time: k * MINUTE, keys: ['common'] })
    items.push(item(20, 'rare'))
    const partnersOf0 = tuples(candidatePairs(items, WINDOW))
      .filter(([i]) => i === 0)
      .map(([, j]) => j)
      .sort((a, b) => a - b)
    // The rare key's article, then the 99 nearest on "common"; none of the
    // others has article 0 among its own 100 nearest (article 50's reach it, and are among the 99).
    expect(partnersOf0).toEqual([...Array.from({ length: 99 }, (_, k) => k + 1), 201])
  })
})

describe('clusterItems with fixed groups (the open stories of earlier blocks)', () => {
  // Five items on one key and one day; the similarities of the pairs named, 0 for the rest.
  const SIMILAR: Record<string, number> = { '1-2': 0.95, '2-4': 0.9, '3-4': 0.8, '0-4': 0.1, '1-4': 0.2 }
  const similarity = (i: number, j: number) => SIMILAR[`${Math.min(i, j)}-${Math.max(i, j)}`] ?? 0
  const items = Array.from({ length: 5 }, () => item(0, 'k'))
  it.each([
    // 1–2 (0.95) joins first; then 2–4: {1,2} with {4} averages (0.2 + 0.9) / 2 = 0.55 ≥ 0.5; then 3–4: {1,2,4} with {3} averages 0.8 / 3 < 0.5.
    { case: 'no fixed groups: the strongest pair first, each merge by its mean', fixedGroups: undefined, expected: [[1, 2, 4]] },
    // 1–2 would join two fixed groups: skipped. 2–4: {2,3} with {4} averages (0.9 + 0.8) / 2 = 0.85: 4 joins them.
    { case: 'two fixed groups never merge; a new item joins one by the mean', fixedGroups: [[0, 1], [2, 3]], expected: [[0, 1], [2, 3, 4]] },
    // 1–2: {0,1} with {2} averages (0 + 0.95) / 2 = 0.475 < 0.5, so 2 stays out though its pair with 1 is the strongest;
    // 2–4 (0.9) then join, and 3 stays out of {2,4}: (0 + 0.8) / 2 = 0.4.
    { case: 'a fixed group takes a new item only when the mean over all its members reaches the threshold', fixedGroups: [[0, 1]], expected: [[0, 1], [2, 4]] },
  ])('$case', ({ fixedGroups, expected }) => {
    expect(clusterItems(items, similarity, { threshold: 0.5, windowMs: WINDOW, fixedGroups })).toEqual(expected)
  })
})
