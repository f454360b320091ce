/**
 * Furniture inside the article's run of lines, found from neighbours and
 * repetition rather than from the line alone:
 * - a caption that the next line repeats with a credit added ("… © via REUTERS"),
 *   or that sits right above its credit;
 * - a headline of another story repeated with a section prefix ("World <headline>");
 * - menu or list entries that also appear outside the article;
 * - the entries of a list introduced by a "Related"/"Read more" cue, or numbered;
 * - exact repeats of a paragraph (kept once), but not of a list entry;
 * - key points over the article that its own paragraphs say again (dropRestatedOpening),
 *   or that stand under a short label, each shorter than half the paragraph after them (dropLabelledPoints).
 */
import { HEADING_MAX_WORDS } from './blocks.ts'
import type { LineClass } from './classify.ts'
import type { PageLine } from './lines.ts'
import { hasFurnitureCue, isClockTime, isCounterOrNumbering } from './signals.ts'
import type { Region } from './region.ts'

export interface Decision {
  kept: boolean
  reason: string
}

/** Decides every line of the region; lines outside it are not looked at. */
/**
 * `headline`: the index of the article's headline, when the header found
 * one. Lines between it and the body are the article's own header (key
 * points, a live blog's "Key events"), so a heading of the body they repeat
 * is no menu entry.
 */
export function decideRegion(lines: PageLine[], classes: LineClass[], region: Region, headline = -1): Decision[] {
  const counts = new Map<string, number>()
  lines.forEach((line, i) => {
    if (headline < 0 || i <= headline || i >= region.start) counts.set(line.key, (counts.get(line.key) ?? 0) + 1)
  })
  const insideCounts = new Map<string, number>()
  for (let i = region.start; i < region.end; i++) insideCounts.set(lines[i]!.key, (insideCounts.get(lines[i]!.key) ?? 0) + 1)

  const decisions: Decision[] = []
  const seenProse = new Set<string>()
  let inCueList = false
  for (let i = region.start; i < region.end; i++) {
    const line = lines[i]!
    const cls = classes[i]!
    const previous = lines[i - 1]
    const next = lines[i + 1]
    const drop = (reason: string) => decisions.push({ kept: false, reason })

    if (cls.kind === 'prose') inCueList = false
    if (cls.kind === 'furniture' || cls.kind === 'end') {
      // What follows an end cue, or a short cue line ("Related News", which the
      // line's own shape already marks as furniture), up to the next paragraph
      // belongs to its box or list.
      if (cls.kind === 'end' || cls.reason === 'cue') inCueList = true
      drop(cls.reason)
      continue
    }
    if (next && isCaptionPair(line, next)) {
      drop('caption')
      continue
    }
    if (previous && isCaptionPair(previous, line)) {
      drop('caption copy')
      continue
    }
    if (classes[i + 1]?.reason === 'credit' && isCaptionAboveCredit(line, cls, classes[i - 1])) {
      drop('caption')
      continue
    }
    if (cls.kind !== 'prose' && next && isPrefixedCopy(line, next)) {
      drop('headline')
      continue
    }
    if (cls.kind !== 'prose' && previous && isPrefixedCopy(previous, line)) {
      drop('headline copy')
      continue
    }
    // A bare "More:" heads a box of links to other stories, wherever else the word appears on the page.
    if (cls.kind !== 'prose' && /^(?:see )?more(?: stories| news)?\s*:?$/iu.test(line.text)) {
      inCueList = true
      drop('list cue')
      continue
    }
    if (cls.kind !== 'prose' && (counts.get(line.key) ?? 0) > (insideCounts.get(line.key) ?? 0)) {
      drop('repeated menu')
      continue
    }
    if (cls.kind !== 'prose' && isMediaTitle(line, next)) {
      drop('media title')
      continue
    }
    if (cls.kind !== 'prose' && previous && isMediaTitle(lines[i - 2], previous) && line.words <= MEDIA_CONTROL_MAX_WORDS && !line.terminal) {
      drop('media control')
      continue
    }
    // "READ ALSO: <headline>", "LEGGI ANCHE: <headline>": a link dropped between paragraphs, however long its headline.
    if (cls.kind !== 'prose' && isCuedLink(line.text)) {
      drop('cued link')
      continue
    }
    // The same in a language no cue list holds ("Citește și: <headline>"): its shape alone, between two paragraphs.
    if (cls.kind !== 'prose' && classes[i - 1]?.kind === 'prose' && classes[i + 1]?.kind === 'prose' && isLabelledHeadline(line)) {
      drop('cued link')
      continue
    }
    if (cls.kind !== 'prose' && hasFurnitureCue(line.text) && line.words <= 8) {
      inCueList = true
      drop('list cue')
      continue
    }
    if (cls.kind !== 'prose' && inCueList) {
      drop('listed link')
      continue
    }
    // A live blog's clock time ("17h05") over an entry's heading is no list's numbering.
    if (cls.kind !== 'prose' && previous && isCounterOrNumbering(previous.text) && !isClockTime(previous.text)) {
      drop('numbered link')
      continue
    }
    // A quote box's figures ("R$ 23,84" over "+6,72%"): figures on two lines or more in a row with no word to
    // read them by. A price or a date alone under an item's name ("£40", "2024.06.01 ~ 2024.06.02") is the item's.
    if (cls.kind !== 'prose' && isFigures(line) && (isFigures(previous) || isFigures(next))) {
      drop('figures')
      continue
    }
    if (cls.kind === 'prose') {
      // A pull quote or a doubled paragraph sits among paragraphs; the same
      // item among short lines is a list entry that recurs (a recipe in each
      // day's menu), which the article says each time.
      const listEntry = classes[i - 1]?.kind !== 'prose' && classes[i + 1]?.kind !== 'prose'
      if (seenProse.has(line.key) && !listEntry) {
        drop('repeat')
        continue
      }
      seenProse.add(line.key)
    }
    decisions.push({ kept: true, reason: cls.reason })
  }
  return decisions
}

/** A line of figures and signs alone: no two letters in a row, in any script ("R$" and "%" are no words). */
function isFigures(line: PageLine | undefined): boolean {
  return line !== undefined && /\p{N}/u.test(line.text) && !/\p{L}\p{M}*\p{L}/u.test(line.text)
}

/** How many of the body's first kept lines may be key points. */
const KEY_POINTS_REACH = 3
/** Share of a line's word triples said again later that makes it a restatement. */
const RESTATED_SHARE = 0.5

/**
 * `decisions` (of `region`) with its opening key points dropped: pages put a
 * few bullet points over an article ("Key points", "Das Wichtigste in
 * Kürze") that its paragraphs then say again in nearly the same words. Any
 * of the first kept lines most of whose word triples recur further down is
 * such a point. Language plays no part.
 */
export function dropRestatedOpening(lines: PageLine[], region: Region, decisions: Decision[]): Decision[] {
  const kept = decisions.flatMap((d, k) => (d.kept ? [region.start + k] : []))
  const opening = kept.slice(0, KEY_POINTS_REACH)
  // The triples of the lines after each opening line, built once from the end backwards.
  const later = new Set(kept.slice(KEY_POINTS_REACH).flatMap((j) => triples(lines[j]!.key)))
  const restated: boolean[] = []
  for (let n = opening.length - 1; n >= 0; n--) {
    const own = triples(lines[opening[n]!]!.key)
    restated[n] = own.length > 0 && own.filter((t) => later.has(t)).length / own.length >= RESTATED_SHARE
    for (const t of own) later.add(t)
  }
  const points = opening.filter((_, n) => restated[n])
  // Points come as a list; one opening line said again is more often a lede the article goes back to.
  if (points.length < KEY_POINTS_MIN) return decisions
  const out = [...decisions]
  for (const i of points) out[i - region.start] = { kept: false, reason: 'key point' }
  return out
}

/** Most words of a key point in a labelled box over the article. */
const POINT_MAX_WORDS = 20
/** Fewest and most such points. */
const POINTS_MIN = 2
const POINTS_MAX = 5
/** Longest label over them, in words ("In breve", "Key points", "Auf einen Blick"). */
const POINTS_LABEL_MAX_WORDS = 3

/**
 * `decisions` (of `region`) without a box of key points opening it that
 * the paragraphs do not say again word for word: a short label right over
 * the body ("In breve", "Auf einen Blick"), then two to five one-sentence
 * points of at most POINT_MAX_WORDS words, then a paragraph more than twice
 * as long as the longest point. An article opens with its own paragraphs,
 * not under a label; a wire story's one-sentence paragraphs run as long as
 * the paragraph after them.
 */
export function dropLabelledPoints(lines: PageLine[], classes: LineClass[], region: Region, decisions: Decision[]): Decision[] {
  const label = lines[region.start - 1]
  const labelClass = classes[region.start - 1]
  if (!label || labelClass?.kind !== 'short' || labelClass.reason !== 'short' || label.words > POINTS_LABEL_MAX_WORDS || label.terminal) return decisions
  let end = region.start
  const isPoint = (i: number) => classes[i]!.kind === 'prose' && decisions[i - region.start]!.kept && lines[i]!.terminal && lines[i]!.words <= POINT_MAX_WORDS && !/[.!?]\s+\p{Lu}/u.test(lines[i]!.text)
  while (end < region.end && end - region.start < POINTS_MAX && isPoint(end)) end++
  const points = end - region.start
  const longest = Math.max(...lines.slice(region.start, end).map((line) => line.words))
  if (points < POINTS_MIN || end >= region.end || classes[end]!.kind !== 'prose' || lines[end]!.words <= 2 * longest) return decisions
  return decisions.map((d, k) => (k < points ? { kept: false, reason: 'key point' } : d))
}

/** Fewest restated lines that make a list of key points. */
const KEY_POINTS_MIN = 2

function triples(key: string): string[] {
  const words = key.split(' ')
  return words.slice(2).map((w, k) => `${words[k]} ${words[k + 1]} ${w}`)
}

/** `b` repeats caption `a` and adds a credit: same words first, then a few more. */
function isCaptionPair(a: PageLine, b: PageLine): boolean {
  return a.words >= CAPTION_MIN_WORDS && b.key.startsWith(`${a.key} `) && b.words - a.words <= 6
}

/**
 * A photo's caption sits right above its credit ("Photo: Getty Images"). A
 * paragraph may too (an image without caption follows it), so the line must
 * show it is no paragraph: a sentence boxed in above by what goes with
 * pictures (a date, another credit or caption, a byline), or a short line too
 * long or too punctuated for a heading. An advertisement label or a share
 * button above says nothing: they sit between paragraphs too.
 */
const CAPTION_NEIGHBOURS = new Set(['date', 'credit', 'caption', 'byline'])

function isCaptionAboveCredit(line: PageLine, cls: LineClass, above: LineClass | undefined): boolean {
  if (cls.kind === 'prose') return above?.kind === 'furniture' && CAPTION_NEIGHBOURS.has(above.reason)
  return cls.kind === 'short' && (line.terminal || line.words > HEADING_MAX_WORDS)
}

/** A caption is a sentence; a one-word line that the next line extends is a label ("Sonos" / "Sonos Move for $400"). */
const CAPTION_MIN_WORDS = 5

/** `b` is `a` behind a short prefix ("World <headline>"), or the reverse. */
function isPrefixedCopy(a: PageLine, b: PageLine): boolean {
  if (!a.key || !b.key || a.key === b.key) return false
  const [short, long] = a.key.length < b.key.length ? [a, b] : [b, a]
  return short.words >= 3 && long.key.endsWith(` ${short.key}`) && long.words - short.words <= 3
}

/** Longest control under a video's duration, in words ("Afspil", "Play video"). */
const MEDIA_CONTROL_MAX_WORDS = 2

/**
 * A video or audio player between paragraphs: a label, a colon and a title
 * ("Video: Se færgen blive trukket i dok", "Watch: …"), unpunctuated, right
 * over its running time alone on a line ("01:32"). A section heading is
 * followed by its text, a live blog's entry heading comes after its time.
 */
function isMediaTitle(line: PageLine | undefined, next: PageLine | undefined): boolean {
  return line !== undefined && next !== undefined && !line.terminal && /^\p{L}+\s*:\s*\S/u.test(line.text) && isClockTime(next.text)
}

/** Fewest words of the headline after a cue's colon: a section heading's words after a label ("Part two: the reply") are fewer. */
const CUED_HEADLINE_MIN_WORDS = 5

/**
 * A cue of two or three words in sentence case or capitals ("Citește și",
 * "Lees ook", "LEGGI ANCHE"), a colon, then a headline of CUED_HEADLINE_MIN_WORDS
 * words or more that opens with a capital and has no stop: a link to
 * another story, in any language written with letter case.
 */
function isLabelledHeadline(line: PageLine): boolean {
  const match = /^(\p{L}+(?: \p{L}+){1,2})\s*:\s*(\S.*)$/u.exec(line.text)
  if (!match || line.terminal) return false
  const [, cue, headline] = match as unknown as [string, string, string]
  const casing = cue === cue.toUpperCase() || /^\p{Lu}\p{Ll}*(?: \p{Ll}+)+$/u.test(cue)
  // The headline opens with a capital, as a title of its own; a section heading goes on in lower case ("The cost: who pays").
  return casing && cue !== cue.toLowerCase() && /^\P{L}*\p{Lu}/u.test(headline) && (headline.match(/\p{L}+/gu) ?? []).length >= CUED_HEADLINE_MIN_WORDS
}

/** A cue of a few words, a colon, then the linked headline. */
function isCuedLink(text: string): boolean {
  const colon = text.indexOf(':')
  if (colon < 0) return false
  const cue = text.slice(0, colon)
  return cue.split(/\s+/).length <= 4 && hasFurnitureCue(cue) && text.slice(colon + 1).trim().length > 0
}
