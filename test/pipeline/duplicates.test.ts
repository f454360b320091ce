import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findDuplicates, findDuplicatesFrom, isNearCopy, minhashSignature, sortedShingles, type DuplicateDoc } from '../../src/pipeline/duplicates.ts'
import { PairSet } from '../../src/pipeline/duplicates/pair-set.ts'
import { hashString, hashWords } from '../../src/fnv.ts'

const dir = join(import.meta.dirname, '../fixtures/stories/duplicates')
const text = (name: string) => readFileSync(join(dir, `${name}.txt`), 'utf8')
const doc = (id: string, file: string, published: string, seed = `${id}.txt`): DuplicateDoc => ({ id, seed, published, text: text(file) })

// original: a local flood report. boilerplate-copy: the same text inside
// another site's menus and footer. edited-copy: a syndicated version with
// three words changed and the last paragraph cut. same-event: another
// outlet's report of the same flood, in its own words.
const original = doc('orig', 'original', '2025-01-09T08:00:00Z')
const wrapped = doc('wrap', 'boilerplate-copy', '2025-01-09T09:30:00Z')
const edited = doc('edit', 'edited-copy', '2025-01-09T11:00:00Z')
const sameEvent = doc('other', 'same-event', '2025-01-09T10:00:00Z')

describe('findDuplicates', () => {
  it.each([
    { case: 'the same text with other boilerplate is folded', docs: [original, wrapped], expected: [{ kept: 'orig', folded: ['wrap'] }] },
    { case: 'a lightly edited syndicated copy is folded', docs: [original, edited], expected: [{ kept: 'orig', folded: ['edit'] }] },
    { case: 'another report of the same event is not folded', docs: [original, sameEvent], expected: [] },
    {
      case: 'copies fold into the earliest; the other report stays on its own',
      docs: [edited, sameEvent, wrapped, original],
      expected: [{ kept: 'orig', folded: ['wrap', 'edit'] }],
    },
    {
      case: 'the earliest published is kept even when it is the copy',
      docs: [original, { ...wrapped, published: '2025-01-08T23:00:00Z' }],
      expected: [{ kept: 'wrap', folded: ['orig'] }],
    },
    {
      case: 'on equal dates the lowest seed path is kept',
      docs: [
        { ...original, seed: 'b/feed.txt' },
        { ...wrapped, published: original.published, seed: 'a/feed.txt' },
      ],
      expected: [{ kept: 'wrap', folded: ['orig'] }],
    },
    { case: 'empty texts are never duplicates of each other', docs: [{ ...original, text: '' }, { ...wrapped, text: ' ' }], expected: [] },
  ])('$case', ({ docs, expected }) => {
    expect(findDuplicates(docs)).toEqual(expected)
    // The same from signatures found beforehand, as the per-article stage gives them.
    expect(findDuplicates(docs.map((d) => ({ ...d, signature: minhashSignature(d.text) })))).toEqual(expected)
  })

  it('a text with no words has no signature', () => {
    expect(minhashSignature(' \n ')).toBeNull()
    expect(minhashSignature(original.text)).toHaveLength(126)
  })

  it('gives the same groups whatever the input order', () => {
    const docs = [original, wrapped, edited, sameEvent]
    const reversed = [...docs].reverse()
    expect(findDuplicates(reversed)).toEqual(findDuplicates(docs))
  })

  it('finds one planted copy among thousands of distinct texts', () => {
    // Deterministic pseudo-random texts over a 2,000-word vocabulary.
    let seed = 42
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}`)
    const docs: DuplicateDoc[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `d${i}`,
      seed: `d${i}.txt`,
      published: '2025-01-01T00:00:00Z',
      text: Array.from({ length: 120 }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' '),
    }))
    docs.push({ id: 'copy', seed: 'z.txt', published: '2025-01-02T00:00:00Z', text: `Breaking: ${docs[1234]!.text} Read more.` })
    expect(findDuplicates(docs)).toEqual([{ kept: 'd1234', folded: ['copy'] }])
  })
})

describe("findDuplicatesFrom: an earlier build's links carried over", () => {
  // As the build gives them: signatures found beforehand, a content key, and a count of the texts read (only a checked pair reads them).
  const reads = new Map<string, number>()
  const keyed = (d: DuplicateDoc): DuplicateDoc => ({
    id: d.id,
    seed: d.seed,
    published: d.published,
    get text() {
      reads.set(d.id, (reads.get(d.id) ?? 0) + 1)
      return d.text
    },
    signature: minhashSignature(d.text),
    key: `key of ${d.id}`,
  })
  const [orig, wrap, edit, other] = [original, wrapped, edited, sameEvent].map(keyed) as [DuplicateDoc, DuplicateDoc, DuplicateDoc, DuplicateDoc]
  // An exact copy of the original under another seed: the same text, so the same key.
  const twin: DuplicateDoc = { ...keyed({ ...original, id: 'twin', seed: 'twin.txt' }), key: 'key of orig' }

  it('keeps every near-copy pair it found, as indices into its keys', () => {
    const { groups, links } = findDuplicatesFrom([orig, other, wrap, edit], null)
    expect(groups).toEqual([{ kept: 'orig', folded: ['wrap', 'edit'] }])
    expect(links.keys).toEqual(['key of orig', 'key of other', 'key of wrap', 'key of edit'])
    // The three copies are copies of each other: three pairs; "other" (index 1) in none.
    const pairs = []
    for (let k = 0; k < links.links.length; k += 2) pairs.push([links.links[k]!, links.links[k + 1]!].sort().join('-'))
    expect(pairs.sort()).toEqual(['0-2', '0-3', '2-3'])
  })

  it.each([
    { case: 'a copy added joins the group of the earlier texts', earlier: [orig, wrap, other], now: [orig, wrap, other, edit], expected: [{ kept: 'orig', folded: ['wrap', 'edit'] }] },
    { case: 'a copy of an earlier text, added in another order', earlier: [other, edit], now: [wrap, other, edit], expected: [{ kept: 'wrap', folded: ['edit'] }] },
    { case: 'an unrelated text added changes no group', earlier: [orig, wrap], now: [other, orig, wrap], expected: [{ kept: 'orig', folded: ['wrap'] }] },
    { case: 'a text gone: its links go with it', earlier: [orig, wrap, edit], now: [wrap, other], expected: findDuplicates([wrapped, sameEvent]) },
    { case: 'two texts of one key (exact copies), one more copy added', earlier: [orig, twin], now: [wrap, twin, orig], expected: [{ kept: 'orig', folded: ['twin', 'wrap'] }] },
    { case: 'two texts of one key, one of them gone', earlier: [orig, twin], now: [wrap, orig], expected: [{ kept: 'orig', folded: ['wrap'] }] },
  ])('$case, as a full build finds it', ({ earlier, now, expected }) => {
    const { links } = findDuplicatesFrom(earlier, null)
    expect(findDuplicatesFrom(now, links).groups).toEqual(expected)
    expect(findDuplicates(now)).toEqual(expected)
  })

  it('does not check again a pair of texts the earlier build linked', () => {
    const { links } = findDuplicatesFrom([orig, wrap], null)
    reads.clear()
    expect(findDuplicatesFrom([orig, wrap, other], links).groups).toEqual([{ kept: 'orig', folded: ['wrap'] }])
    expect(reads.get('orig') ?? 0).toBe(0)
    expect(reads.get('wrap') ?? 0).toBe(0)
  })

  it('checks everything when the earlier links do not fit these keys (a file cut short or from elsewhere)', () => {
    reads.clear()
    const broken = { keys: ['key of orig', 'key of wrap'], links: [0, 7] }
    expect(findDuplicatesFrom([orig, wrap], broken).groups).toEqual([{ kept: 'orig', folded: ['wrap'] }])
    expect(reads.get('orig')).toBe(1)
  })
})

describe('shingle hashes', () => {
  it('hashString is 32-bit FNV-1a (the published test vectors)', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
    expect(hashString('foobar')).toBe(0xbf9cf968)
  })

  const WORDS = ['the', 'café', 'reopened', '𝔘nicode', 'on', 'monday', 'after', 'repairs']
  it.each([
    ['one word', 0, 1],
    ['a shingle of five', 0, 5],
    ['five words from the middle, one outside the BMP', 2, 7],
    ['no words', 3, 3],
  ])('hashWords over %s is hashString of the words joined by spaces', (_, from, to) => {
    expect(hashWords(WORDS, from, to)).toBe(hashString(WORDS.slice(from, to).join(' ')))
  })
  it('hashWords over ["a"] is FNV-1a of "a"', () => expect(hashWords(['a'], 0, 1)).toBe(0xe40c292c))
})

describe('sortedShingles: each 5-word shingle once, ascending', () => {
  const hashes = (...shingles: string[]) => [...new Set(shingles.map(hashString))].sort((a, b) => a - b)
  it.each([
    // 11 words make 7 shingles; the last repeats the first, so 6.
    ['a b c d e f a b c d e', hashes('a b c d e', 'b c d e f', 'c d e f a', 'd e f a b', 'e f a b c', 'f a b c d')],
    ['one two', hashes('one two')],
    ['', []],
  ])('%j', (text, expected) => expect([...sortedShingles(text)]).toEqual(expected))
})

describe('isNearCopy on sorted shingles', () => {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
  const set = (...values: number[]) => Uint32Array.from(values)
  it.each([
    ['the same shingles', set(...range(1, 10)), set(...range(1, 10)), true],
    ['half shared (Jaccard 5/15, containment 0.5)', set(...range(1, 10)), set(...range(1, 5), ...range(11, 15)), false],
    ['7 of the smaller 8 in a set of 14 (Jaccard 7/15 but containment 0.875, sizes 8/14)', set(...range(1, 7), 100), set(...range(1, 14)), true],
    ['all of 4 inside 10 (containment 1, but 4/10 under the size floor; Jaccard 0.4)', set(...range(1, 4)), set(...range(1, 10)), false],
    ['an empty text', set(), set(1), false],
  ])('%s', (_, a, b, expected) => {
    expect(isNearCopy(a, b)).toBe(expected)
    expect(isNearCopy(b, a)).toBe(expected)
  })
})

describe('PairSet', () => {
  it('holds each pair once, past its first size and with keys over 2^32', () => {
    const n = 100_000
    const pairs = new PairSet(n)
    const added: [number, number][] = []
    for (let k = 0; k < 3000; k++) added.push([n - 1 - k, (k * 7919) % (n - 1 - k)])
    for (const [i, j] of added) expect(pairs.add(i, j)).toBe(true)
    for (const [i, j] of added) expect(pairs.add(i, j)).toBe(false)
    expect(pairs.size).toBe(3000)
    for (const [i, j] of added) expect(pairs.has(i, j)).toBe(true)
    // The same indices the other way round, and near misses, are other pairs.
    expect(pairs.has(added[5]![1], added[5]![0])).toBe(false)
    expect(pairs.has(added[5]![0], added[5]![1] + 1)).toBe(false)
    expect(pairs.has(0, 0)).toBe(false)
  })
})

describe('findDuplicates: groups settle in time', () => {
  // Distinct words w0, w1, …; A is words 0–39, B words 20–59: they share 16
  // of their 36 five-word shingles (Jaccard 16/56 = 0.29, containment
  // 16/36 = 0.44), so they are not copies. C is words 0–59: each of A and B
  // lies wholly inside it (containment 1, and 36 ≥ 56/2), so C is a near
  // copy of both.
  const word = (i: number) => `w${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`
  const words = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => word(from + k)).join(' ')
  const at = (id: string, text: string, published: string): DuplicateDoc => ({ id, seed: `${id}.txt`, published, text })
  const a = at('a', words(0, 40), '2025-01-01T00:00:00Z')
  const b = at('b', words(20, 60), '2025-01-02T00:00:00Z')

  it('a later text like two earlier ones that are not copies joins the earliest and folds neither away', () => {
    const c = at('c', words(0, 60), '2025-01-03T00:00:00Z')
    expect(findDuplicates([a, b, c])).toEqual([{ kept: 'a', folded: ['c'] }])
    expect(findDuplicates([c, b, a])).toEqual([{ kept: 'a', folded: ['c'] }])
  })

  it('an earlier text like both gathers them', () => {
    const c = at('c', words(0, 60), '2024-12-31T00:00:00Z')
    expect(findDuplicates([a, b, c])).toEqual([{ kept: 'c', folded: ['a', 'b'] }])
  })

  it("a rebuild adding the later text gives a full build's groups", () => {
    const c = at('c', words(0, 60), '2025-01-03T00:00:00Z')
    const keyed = (d: DuplicateDoc): DuplicateDoc => ({ ...d, signature: minhashSignature(d.text), key: `key of ${d.id}` })
    const { links } = findDuplicatesFrom([a, b].map(keyed), null)
    expect(findDuplicatesFrom([a, b, c].map(keyed), links).groups).toEqual([{ kept: 'a', folded: ['c'] }])
  })
})
