/**
 * Kept lines as body blocks. A short line without end punctuation that a
 * paragraph follows is a section heading ("Key Provisions of the Treaty");
 * everything else is a paragraph, list items and one-line answers included.
 */
import type { Block } from '../../model.ts'
import type { LineClass } from './classify.ts'
import type { PageLine } from './lines.ts'

/** Longest line, in words, still read as a section heading. */
export const HEADING_MAX_WORDS = 12

export function toBlocks(kept: PageLine[], classes: LineClass[]): Block[] {
  return kept.map((line, i) => {
    const next = kept[i + 1]
    const heading =
      classes[line.index]!.kind !== 'prose' &&
      line.words <= HEADING_MAX_WORDS &&
      !/[.,;…]$/.test(line.text) &&
      next !== undefined &&
      classes[next.index]!.kind === 'prose'
    return { type: heading ? 'h' : 'p', text: line.text }
  })
}
