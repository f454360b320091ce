/**
 * Page-level patterns that no single line shows: reader comments, story
 * cards and photo captions. Both are prose-rich, so left alone they would outweigh a short
 * article; both repeat a small header (a commenter's "says:", a card's
 * byline or date) every few lines, which an article's text never does.
 */
import type { LineClass } from './classify.ts'
import type { PageLine } from './lines.ts'
import { isBareEmail } from './signals.ts'

/** Most lines a comment or a card runs past its header. */
const ITEM_SPAN = 6
/** Fewest repeated headers that make a list. */
const MIN_ITEMS = 3

/** Classes with comment threads and card lists re-marked as furniture. */
export function markRepeatedItems(lines: PageLine[], classes: LineClass[]): LineClass[] {
  const out = [...classes]
  markCommentHeaders(lines, out)
  markRuns(out, headerIndexes(out, (c) => c.reason === 'comment'), lines.length, 'comment')
  markRuns(out, headerIndexes(classes, (c) => c.reason === 'date' || c.reason === 'stamp' || c.reason === 'byline'), lines.length, 'card list')
  markCaptions(lines, out)
  markAuthorFooters(lines, out)
  markRepeatedControls(lines, out)
  markTeaserCards(lines, out)
  return out
}

/** Fewest words in another story's headline (a section heading or a list item's name is shorter). */
const TEASER_HEADLINE_MIN_WORDS = 6
/** Most words in a card's teaser: a sentence or two. */
const TEASER_MAX_WORDS = 35
/** Most words in a card's teaser when a box's label heads the list: two or three sentences. */
const LONG_TEASER_MAX_WORDS = 60
/** Longest such label, in words. */
const LONG_TEASER_LABEL_MAX_WORDS = 4

/** A box's label: a few words, known to close articles ("Top stories") or unknown ("More local news"). */
const isBoxLabel = (line: PageLine | undefined, cls: LineClass | undefined): boolean =>
  line !== undefined && (cls?.kind === 'short' || cls?.kind === 'end') && line.words <= LONG_TEASER_LABEL_MAX_WORDS && !line.terminal

/**
 * Cards of other stories: a headline (several words, unpunctuated) over a
 * lone sentence or two, then the next card. MIN_ITEMS in a row are a list
 * of teasers, before or after the article, in any language; an article's own
 * sections run to paragraphs, and a list's items are named in a few words.
 */
function markTeaserCards(lines: PageLine[], classes: LineClass[]): void {
  const isCard = (i: number, maxWords: number): boolean => {
    const head = lines[i]
    const teaser = lines[i + 1]
    if (!head || !teaser || classes[i]!.kind !== 'short' || classes[i + 1]!.kind !== 'prose') return false
    if (head.terminal || head.words < TEASER_HEADLINE_MIN_WORDS || teaser.words > maxWords) return false
    return classes[i + 2]?.kind !== 'prose'
  }
  const run = (i: number, maxWords: number): number => {
    let cards = 0
    while (isCard(i + 2 * cards, maxWords)) cards++
    return cards
  }
  for (let i = 0; i < lines.length; i++) {
    let cards = run(i, TEASER_MAX_WORDS)
    // Longer blurbs make a list only under a box's label ("More local news", "Top stories"): an
    // explainer's sections, a heading over one paragraph each, follow its opening paragraph or its byline.
    if (cards < MIN_ITEMS && isBoxLabel(lines[i - 1], classes[i - 1])) cards = run(i, LONG_TEASER_MAX_WORDS)
    if (cards < MIN_ITEMS) continue
    // The list's label ("Vous aimerez aussi", "More local news") goes with it.
    const from = isBoxLabel(lines[i - 1], classes[i - 1]) ? i - 1 : i
    for (let j = from; j < i + 2 * cards; j++) classes[j] = { kind: 'furniture', reason: 'teaser' }
    i += 2 * cards - 1
  }
}

/** Longest line, in words, read as the head of a reader comment ("Fernanda disse:"). */
const COMMENT_HEADER_MAX_WORDS = 6

/**
 * The heads of reader comments in any language: short lines that end in a
 * colon after the same word ("Fernanda disse:", "Ricardo disse:", "Marco ha
 * scritto:"), at least MIN_ITEMS of them and no two the same (a speaker
 * repeated in an interview, or "Q:", is one line said again).
 */
function markCommentHeaders(lines: PageLine[], classes: LineClass[]): void {
  const byVerb = new Map<string, Set<string>>()
  const at = new Map<string, number[]>()
  lines.forEach((line, i) => {
    if (line.words < 2 || line.words > COMMENT_HEADER_MAX_WORDS || !line.text.endsWith(':')) return
    const verb = line.key.split(' ').pop()!
    byVerb.set(verb, (byVerb.get(verb) ?? new Set()).add(line.key))
    at.set(verb, [...(at.get(verb) ?? []), i])
  })
  for (const [verb, distinct] of byVerb) {
    if (distinct.size < MIN_ITEMS) continue
    for (const i of at.get(verb)!) classes[i] = { kind: 'end', reason: 'comment' }
  }
}

/** The reason given to a button repeated under each item: region.ts extends an article over a list that has them. */
export const ITEM_BUTTON = 'item button'

/** Longest control label, in words ("Reply", "See deal", "Read more"). */
const CONTROL_MAX_WORDS = 3

/**
 * Buttons under each item: the same few words, unpunctuated, at least
 * MIN_ITEMS times, each time right after a paragraph ("Reply" under every
 * comment, "See deal" under every product). A heading that recurs comes
 * before its text, not after it. Language plays no part.
 */
function markRepeatedControls(lines: PageLine[], classes: LineClass[]): void {
  const at = new Map<string, number[]>()
  lines.forEach((line, i) => {
    if (line.key && line.words <= CONTROL_MAX_WORDS && !line.terminal && !/\d/.test(line.text)) at.set(line.key, [...(at.get(line.key) ?? []), i])
  })
  for (const indexes of at.values()) {
    if (indexes.length < MIN_ITEMS || !indexes.every((i) => classes[i - 1]?.kind === 'prose')) continue
    // Only lines their own shape left open: an ad label repeated between paragraphs stays an ad label.
    const buttons = indexes.filter((i) => classes[i]!.kind === 'short')
    for (const i of buttons) classes[i] = { kind: 'furniture', reason: ITEM_BUTTON }
    markCommentItems(lines, classes, buttons)
  }
  markShopButtons(lines, classes)
}

/** Longest button that names a shop, in words ("Comprar no El Corte Inglés"). */
const SHOP_BUTTON_MAX_WORDS = 5

/**
 * Buttons that name a different shop under each item ("Comprar na Worten",
 * "Comprar no Continente", "Buy at Currys"): the same opening word, then a
 * name, at least MIN_ITEMS times, each right after a paragraph and before
 * the next item's first line, never before a paragraph but the last
 * (which may stand over the list's closing note). A section heading opens
 * its own text, so a paragraph follows it.
 */
function markShopButtons(lines: PageLine[], classes: LineClass[]): void {
  const at = new Map<string, number[]>()
  lines.forEach((line, i) => {
    if (classes[i]!.kind !== 'short' || line.words < 2 || line.words > SHOP_BUTTON_MAX_WORDS || line.terminal || /\d/.test(line.text)) return
    if (!/\s\p{Lu}/u.test(line.text)) return
    const opening = line.key.split(' ')[0]!
    at.set(opening, [...(at.get(opening) ?? []), i])
  })
  for (const indexes of at.values()) {
    if (indexes.length < MIN_ITEMS) continue
    // The last may stand over the list's closing note.
    if (!indexes.every((i, k) => classes[i - 1]?.kind === 'prose' && (k === indexes.length - 1 || classes[i + 1]?.kind !== 'prose'))) continue
    for (const i of indexes) classes[i] = { kind: 'furniture', reason: ITEM_BUTTON }
  }
}

/** Most words in a commenter's name. */
const COMMENTER_MAX_WORDS = 3

/**
 * Reader comments under buttons ("Reply", "Responder", "Rispondi") with
 * neither dates nor "says:": every item is a name alone on its line (one to
 * three capitalised words, no figures) over paragraphs and nothing else. A
 * shop's items carry prices, names of things in lower case, short lines.
 */
function markCommentItems(lines: PageLine[], classes: LineClass[], buttons: number[]): void {
  if (buttons.length < MIN_ITEMS) return
  const heads: number[] = []
  for (const [k, button] of buttons.entries()) {
    let head = button - 1
    while (head > (k === 0 ? -1 : buttons[k - 1]!) && classes[head]!.kind === 'prose') head--
    const name = lines[head]
    if (head === button - 1 || !name || classes[head]!.kind !== 'short' || !isPersonName(name)) return
    heads.push(head)
  }
  for (const [k, head] of heads.entries()) {
    for (let i = head; i < buttons[k]!; i++) classes[i] = { kind: 'furniture', reason: 'comment' }
  }
}

const isPersonName = (line: PageLine): boolean =>
  line.words <= COMMENTER_MAX_WORDS && !line.terminal && !/\d/.test(line.text) && (line.text.match(/[\p{L}'’-]+/gu) ?? []).every((w) => /^\p{Lu}/u.test(w))

/** An author footer: a short name line right above a bare e-mail address ("Daniel Kim" / "content@…"). */
function markAuthorFooters(lines: PageLine[], classes: LineClass[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.words <= 4 && !lines[i]!.terminal && isBareEmail(lines[i + 1]!.text)) {
      classes[i] = { kind: 'furniture', reason: 'author footer' }
    }
  }
}

/**
 * Photo captions: a line repeated on the next line (an image's alt text and
 * its caption, one of them sometimes cut short). A line next to a credit is not enough: pages put credits
 * above or below their images, so the neighbour may be a paragraph.
 */
function markCaptions(lines: PageLine[], classes: LineClass[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (isSameText(lines[i]!, lines[i + 1]!)) {
      classes[i] = { kind: 'furniture', reason: 'caption' }
      classes[i + 1] = { kind: 'furniture', reason: 'caption' }
    }
  }
}

function headerIndexes(classes: LineClass[], isHeader: (c: LineClass) => boolean): number[] {
  const found: number[] = []
  classes.forEach((c, i) => isHeader(c) && found.push(i))
  return found
}

/**
 * Headers no more than ITEM_SPAN lines apart form a run; a run of at least
 * MIN_ITEMS headers is a list, marked from one item before its first header
 * (a card's headline) to the end of its last item. A box's cue between two
 * headers ("Comentários") parts them: the article's own date above it and
 * the comments' dates below are two things, not one list.
 */
function markRuns(classes: LineClass[], headers: number[], total: number, reason: string): void {
  let runStart = 0
  const cueBetween = (a: number, b: number) => classes.slice(a + 1, b).some((c) => c.kind === 'end')
  for (let k = 1; k <= headers.length; k++) {
    const ended = k === headers.length || headers[k]! - headers[k - 1]! > ITEM_SPAN || cueBetween(headers[k - 1]!, headers[k]!)
    if (!ended) continue
    const run = headers.slice(runStart, k)
    runStart = k
    if (run.length < MIN_ITEMS) continue
    const span = Math.min(ITEM_SPAN, medianGap(run))
    const from = Math.max(0, run[0]! - 1)
    const to = Math.min(total, run[run.length - 1]! + span)
    for (let i = from; i < to; i++) {
      if (classes[i]!.kind !== 'end') classes[i] = { kind: 'furniture', reason }
    }
  }
}

function medianGap(run: number[]): number {
  const gaps = run.slice(1).map((x, i) => x - run[i]!).sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)] ?? ITEM_SPAN
}

/** Same text, or the same first words of a long text (one copy truncated). */
function isSameText(a: PageLine, b: PageLine): boolean {
  if (!a.key || !b.key) return false
  if (a.key === b.key) return true
  const opening = (key: string) => key.split(' ').slice(0, SAME_OPENING_WORDS).join(' ')
  return a.words >= SAME_OPENING_WORDS && b.words >= SAME_OPENING_WORDS && opening(a.key) === opening(b.key)
}

/** Long lines that open with this many identical words are copies of one caption. */
const SAME_OPENING_WORDS = 10
