/**
 * pairCosines: the cosine of many pairs at once, which the stories stage uses
 * for its candidate pairs and must give exactly what cosine gives, or stories
 * would change with the way their similarities were computed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairList } from '../../src/pipeline/stories/cluster.ts'
import { cosine, pairCosines, type SparseVector } from '../../src/pipeline/stories/vectors.ts'

const vector = (entries: Record<string, number>): SparseVector => new Map(Object.entries(entries))

describe('pairCosines', () => {
  // Unit vectors: (0.6, 0.8) on x, y; x alone; (0.6, 0.8) on y, z; nothing.
  const vectors = [vector({ x: 0.6, y: 0.8 }), vector({ x: 1 }), vector({ y: 0.6, z: 0.8 }), vector({})]
  it.each([
    { case: 'one shared term', pair: [0, 1] as const, expected: 0.6 },
    { case: 'shared term weighted on both sides', pair: [0, 2] as const, expected: 0.8 * 0.6 },
    { case: 'no shared term', pair: [1, 2] as const, expected: 0 },
    { case: 'an empty vector', pair: [2, 3] as const, expected: 0 },
  ])('$case', ({ pair, expected }) => {
    expect(pairCosines(vectors, pairList([pair]))[0]).toBeCloseTo(expected, 12)
  })

  it('gives one number per pair, in the order of the pairs, with pairs sharing a vector', () => {
    expect([...pairCosines(vectors, pairList([[1, 2], [0, 1], [0, 2]]))].map((x) => Math.round(x * 1000) / 1000)).toEqual([0, 0.6, 0.48])
  })

  it('equals cosine bit for bit, whichever vector is larger and in any insertion order', () => {
    const entries = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), fc.double({ min: -1, max: 1, noNaN: true })), { maxLength: 8 })
    fc.assert(
      fc.property(fc.array(entries, { minLength: 2, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat())), (raw, rawPairs) => {
        const vs = raw.map((e) => new Map(e))
        const pairs = rawPairs.map(([i, j]) => [i % vs.length, j % vs.length] as const)
        const found = pairCosines(vs, pairList(pairs))
        pairs.forEach(([i, j], k) => expect(Object.is(found[k], cosine(vs[i]!, vs[j]!))).toBe(true))
      }),
    )
  })
})
