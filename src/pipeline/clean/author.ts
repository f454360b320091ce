/**
 * Author boxes: pages close an article (and some open it) with a card about
 * its writer: "About Jane Doe", "Über Jane Doe", or the name alone over a
 * role and a short biography. The name is the one in the byline, so a short
 * line that repeats two capitalised words of a byline or date line (the
 * name, whatever the language of the words around it) opens such a box.
 */
import type { LineClass } from './classify.ts'
import type { PageLine } from './lines.ts'

/** Longest line, in words, read as the head of an author box. */
const BOX_HEAD_MAX_WORDS = 5

/** Pairs of capitalised words in a line ("Jane Doe" in "By Jane Doe, Staff"). */
function namePairs(text: string): string[] {
  // Initials drop out, so "By Jane Q. Public" names "Jane Public" as "About Jane Public" does.
  const words = text.split(/[\s,|/•·]+/).filter((w) => w && !/^\p{Lu}\.$/u.test(w))
  const pairs: string[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^\p{Lu}\p{Ll}+$/u.test(words[i]!) && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!)) pairs.push(`${words[i]} ${words[i + 1]}`)
  }
  return pairs
}

/**
 * Classes with the heads of author boxes inside [from, to) re-marked as end
 * cues; `bylines` are the header's byline and date lines.
 */
export function markAuthorBoxes(lines: PageLine[], classes: LineClass[], bylines: string[], from: number, to: number): LineClass[] {
  const names = new Set(bylines.flatMap(namePairs))
  if (names.size === 0) return classes
  const out = [...classes]
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (classes[i]!.kind !== 'short' || line.words > BOX_HEAD_MAX_WORDS || line.terminal) continue
    if (namePairs(line.text).some((pair) => names.has(pair))) out[i] = { kind: 'end', reason: 'author box' }
  }
  return out
}
