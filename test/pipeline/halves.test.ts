import { describe, expect, it } from 'vitest'
import { halfOf, splitHalves } from '../../src/eval/halves.ts'

describe('halfOf', () => {
  // FNV-1a 32-bit by hand: offset basis 0x811c9dc5; "a" (0x61): 0x811c9dc5 ^ 0x61 = 0x811c9da4,
  // times the prime 0x01000193 mod 2^32 = 0xe40c292c (the published FNV-1a test vector for "a"): even → A.
  // "" hashes to the basis 0x811c9dc5: odd → B.
  it.each([
    ['a', 'A'],
    ['', 'B'],
  ] as const)('puts %j in half %s', (id, half) => expect(halfOf(id)).toBe(half))

  it('splits a set into two non-empty halves that keep the input order', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `page-${i}`)
    const { A, B } = splitHalves(ids, (id) => id)
    expect(A.length + B.length).toBe(200)
    expect(A.length).toBeGreaterThan(60)
    expect(B.length).toBeGreaterThan(60)
    expect(A).toEqual(ids.filter((id) => A.includes(id)))
  })
})
