/**
 * 32-bit FNV-1a (the published algorithm: xor in each value, then multiply
 * by the FNV prime), over strings' code units or over any 32-bit numbers:
 * the hash the build uses wherever it needs a fast, stable, non-cryptographic
 * one (shingles and band keys for duplicates, feature rows for topics, a
 * development set's fixed halves).
 */
export const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** `h` folded over values[start, end), each taken as 32 bits. */
export function fnvFold(h: number, values: ArrayLike<number>, start = 0, end = values.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ values[i]!, FNV_PRIME)
  return h
}

/** FNV-1a over a string, 32-bit: the one word's hashWords. */
export function hashString(s: string): number {
  return hashWords([s], 0, 1)
}

/**
 * hashString of words[from, to) joined by single spaces, without building
 * that string: the same code units go through the same FNV-1a steps, so the
 * same hash. A text of n words has n shingles, and slicing and joining each
 * was most of what finding duplicates cost on a large catalog.
 */
export function hashWords(words: string[], from: number, to: number): number {
  let h = FNV_OFFSET
  for (let k = from; k < to; k++) {
    if (k > from) {
      h ^= 0x20 // the space between two words
      h = Math.imul(h, FNV_PRIME)
    }
    const word = words[k]!
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i)
      h = Math.imul(h, FNV_PRIME)
    }
  }
  return h >>> 0
}
