/**
 * A set of pairs of indices (j < i < n), for duplicates to check each
 * candidate pair once however many bands it shares. One Float64Array with
 * open addressing (linear probing) of the key i·n + j: 16 bytes a pair at
 * most, where a Map of Sets per index held several times that, and the
 * pairs are the millions a large corpus of near copies meets. Keys are
 * exact below 2^53, so n up to about 94 million.
 */
const EMPTY = -1
const MIN_SLOTS = 1024

export class PairSet {
  private slots = new Float64Array(MIN_SLOTS).fill(EMPTY)
  private count = 0
  private readonly n: number

  constructor(n: number) {
    this.n = n
  }

  get size(): number {
    return this.count
  }

  /** Adds the pair; false when it was there already. */
  add(i: number, j: number): boolean {
    const key = i * this.n + j
    if (!this.insert(this.slots, key)) return false
    this.count++
    // Half full at most, so a probe stays short.
    if (this.count * 2 > this.slots.length) this.grow()
    return true
  }

  has(i: number, j: number): boolean {
    const key = i * this.n + j
    const mask = this.slots.length - 1
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const at = this.slots[s]!
      if (at === key) return true
      if (at === EMPTY) return false
    }
  }

  private insert(slots: Float64Array, key: number): boolean {
    const mask = slots.length - 1
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const at = slots[s]!
      if (at === key) return false
      if (at === EMPTY) {
        slots[s] = key
        return true
      }
    }
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Float64Array(old.length * 2).fill(EMPTY)
    for (const key of old) if (key !== EMPTY) this.insert(this.slots, key)
  }
}

/** Mixes a key's high and low 32 bits into a slot (multiply-xorshift), so keys of one i do not crowd one run of slots. */
function slotOf(key: number, mask: number): number {
  const low = key >>> 0
  const high = Math.floor(key / 2 ** 32)
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) & mask
}
