import { describe, expect, it } from 'vitest'
import { scoreDistribution, type PageScore } from '../../src/eval/distribution.ts'

const pages = (...scores: number[]): PageScore[] => scores.map((score, i) => ({ id: `p${i}`, score }))

describe('scoreDistribution', () => {
  // Values worked out by hand from the sorted scores.
  it.each([
    // odd count: the middle of 0.2, 0.6, 0.9 is 0.6; one of three is below 0.5
    { name: 'odd count', scores: pages(0.9, 0.2, 0.6), median: 0.6, shareBelow: 1 / 3, worst: ['p1', 'p2', 'p0'] },
    // even count: (0.4 + 0.8) / 2 = 0.6; 0 and 0.4 are below 0.5: 2 of 4
    { name: 'even count', scores: pages(1, 0.8, 0, 0.4), median: 0.6, shareBelow: 0.5, worst: ['p2', 'p3', 'p1', 'p0'] },
    // exactly 0.5 is not below the floor
    { name: 'floor itself', scores: pages(0.5, 0.5), median: 0.5, shareBelow: 0, worst: ['p0', 'p1'] },
    { name: 'no pages', scores: [], median: 0, shareBelow: 0, worst: [] },
  ])('$name', ({ scores, median, shareBelow, worst }) => {
    const d = scoreDistribution(scores)
    expect(d.pages).toBe(scores.length)
    expect(d.median).toBeCloseTo(median, 12)
    expect(d.shareBelow).toBeCloseTo(shareBelow, 12)
    expect(d.worst.map((w) => w.id)).toEqual(worst)
  })

  it('shows at most five worst pages, lowest first, ties by id', () => {
    const d = scoreDistribution([
      { id: 'b', score: 0.1 },
      { id: 'a', score: 0.1 },
      ...pages(0.3, 0.9, 0.2, 0.8, 0.7),
    ])
    expect(d.worst).toEqual([
      { id: 'a', score: 0.1 },
      { id: 'b', score: 0.1 },
      { id: 'p2', score: 0.2 },
      { id: 'p0', score: 0.3 },
      { id: 'p4', score: 0.7 },
    ])
  })

  it('takes another floor and count when asked', () => {
    const d = scoreDistribution(pages(0.6, 0.7, 0.95), 0.9, 1)
    expect(d.shareBelow).toBeCloseTo(2 / 3, 12)
    expect(d.worst).toEqual([{ id: 'p0', score: 0.6 }])
  })
})
