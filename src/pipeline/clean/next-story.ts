/**
 * Another story's header ends the article. Pages that load the next story
 * under the one asked for (infinite scroll), or print the next story's
 * opening after an ad or a share box, put a headline over a byline or a
 * date there, as they do over the article itself; an article's own section
 * headings carry neither. So after the article's first paragraph, a
 * headline-shaped line that follows a box (an ad label, a share bar: lines
 * that are never article text) and stands over a byline or a dated line,
 * which a paragraph follows, starts another story, and the article ends
 * before the box.
 */
import type { LineClass } from './classify.ts'
import { isBylineLine } from './byline.ts'
import { isDateLine, isTitleLike } from './header.ts'
import type { PageLine } from './lines.ts'
import { isClockTime } from './signals.ts'
import type { Region } from './region.ts'

/** How far under its headline a story's byline or date may sit, in lines. */
const BYLINE_REACH = 2

/** The region ended before the first header of another story in it (and the box above that header). */
export function cutAtNextStory(lines: PageLine[], classes: LineClass[], region: Region): Region {
  let paragraphs = 0
  for (let i = region.start; i < region.end; i++) {
    if (classes[i]!.kind === 'prose') {
      paragraphs++
      continue
    }
    if (paragraphs === 0 || classes[i - 1]!.kind === 'prose' || !isStoryHeader(lines, classes, i)) continue
    let end = i
    while (end > region.start && classes[end - 1]!.kind !== 'prose') end--
    if (hasBox(classes, end, i)) return { start: region.start, end }
  }
  return region
}

/** A box between paragraphs: an ad label, a share bar, a cue (not only section labels). */
function hasBox(classes: LineClass[], from: number, to: number): boolean {
  return classes.slice(from, to).some((c) => c.kind === 'furniture' || c.kind === 'end')
}

/** A headline at `i` with a byline or a date line right under it, and a paragraph under those. */
function isStoryHeader(lines: PageLine[], classes: LineClass[], i: number): boolean {
  if (!isTitleLike(lines[i]!, classes[i]!)) return false
  for (let j = i + 1; j <= i + BYLINE_REACH && j < lines.length; j++) {
    if (isBylineLine(lines[j]!) || isStoryDate(lines[j]!)) return opensText(lines, classes, j + 1)
  }
  return false
}

/** Another story's date line names its day: a clock time alone stamps an entry of a live blog, the entries of the one story. */
function isStoryDate(line: PageLine): boolean {
  return isDateLine(line) && !isClockTime(line.text)
}

/** A paragraph at `i`, or after another byline or date line there. */
function opensText(lines: PageLine[], classes: LineClass[], i: number): boolean {
  for (let j = i; j < Math.min(lines.length, i + BYLINE_REACH); j++) {
    if (classes[j]!.kind === 'prose') return true
    if (!isBylineLine(lines[j]!) && !isStoryDate(lines[j]!)) return false
  }
  return false
}
