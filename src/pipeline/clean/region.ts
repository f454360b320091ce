/**
 * The article is the densest run of prose on the page. Each line scores its
 * word count if it is prose and a fixed cost otherwise; the run of lines with
 * the highest total (Kadane's maximum-sum segment, as in Finn et al.'s Body
 * Text Extraction) is the article. Section headings, list items and a stray
 * "related" link inside the article cost little next to the paragraphs around
 * them, while menus, link lists and footers are long runs of costs that no
 * paragraph outweighs.
 */
import { isBylineLine, isNameOnly } from './byline.ts'
import { CLOCK, type LineClass } from './classify.ts'
import { isDateLine } from './header.ts'
import { isSpaced, type PageLine } from './lines.ts'
import { ITEM_BUTTON } from './structure.ts'

/** What a short non-prose line costs, in words of prose. */
export const SHORT_COST = 3
/** What an unmistakable furniture line costs. */
export const FURNITURE_COST = 4
/** What a cue that closes an article costs: a wall few paragraphs outweigh. */
export const END_COST = 20
/** A table row's worth: data tables sit inside articles, never in menus. */
export const TABLE_ROW_WEIGHT = 2

export interface Region {
  /** First line of the run (index into the page's lines). */
  start: number
  /** One past the last line. */
  end: number
}

/**
 * A prose line between two non-prose lines counts half: lone paragraphs
 * between headlines and bylines are the teasers of story lists.
 */
export function lineWeights(lines: PageLine[], classes: LineClass[]): number[] {
  const isProse = (i: number) => classes[i]?.kind === 'prose'
  // A live blog's entries stand between clock times ("18:20 Uhr"): they are the one story's text, not teasers.
  const isEntry = (i: number) => classes[i - 1]?.reason === CLOCK || classes[i + 1]?.reason === CLOCK
  const items = listItemLines(classes)
  return lines.map((line, i) => {
    // The items of a list with a button under each (a deals page, a shop's picks) are its text, however short their lines.
    if (classes[i]!.reason === ITEM_BUTTON || classes[i]!.reason === CLOCK) return 0
    if (items.has(i)) return line.words
    switch (classes[i]!.kind) {
      case 'prose':
        return isProse(i - 1) || isProse(i + 1) || isEntry(i) ? proseWords(line) : proseWords(line) / 2
      case 'table':
        return TABLE_ROW_WEIGHT
      case 'end':
        return -END_COST
      case 'furniture':
        return -FURNITURE_COST
      default:
        return -SHORT_COST
    }
  })
}

/** Characters of Chinese or Japanese that weigh as one word of a spaced script: their words run one to three characters. */
const UNSPACED_CHARS_PER_WORD = 2

/**
 * A paragraph's weight in words. Chinese and Japanese run their words
 * together, so a paragraph of them splits only at punctuation, into a few
 * long "words": counted so, a 60-character paragraph (some 30 words)
 * weighed less than a box of two related headlines between two sections,
 * and the article stopped at the box. Their characters give the count, for
 * a line that ends like a sentence.
 */
function proseWords(line: PageLine): number {
  // Only sentences: a long unpunctuated line of them is as often another story's headline in a sidebar.
  if (isSpaced(line) || !line.terminal) return line.words
  return Math.max(line.words, (line.text.match(/\p{L}/gu)?.length ?? 0) / UNSPACED_CHARS_PER_WORD)
}

/**
 * Lines of the items of lists that have a button under each item: from the
 * line after one button to the next, and for the first item as many lines
 * before its button as the items' median length. Short lines and
 * paragraphs only: a box or a cue between items ends the list.
 */
function listItemLines(classes: LineClass[]): Set<number> {
  const buttons = classes.flatMap((c, i) => (c.reason === ITEM_BUTTON ? [i] : []))
  const items = new Set<number>()
  if (buttons.length === 0) return items
  const gaps = buttons.slice(1).map((b, k) => b - buttons[k]!).sort((a, b) => a - b)
  const itemLength = gaps[Math.floor(gaps.length / 2)] ?? 0
  const isText = (i: number) => classes[i]!.kind === 'short' || classes[i]!.kind === 'prose'
  for (const [k, button] of buttons.entries()) {
    const from = k === 0 ? button - itemLength + 1 : buttons[k - 1]! + 1
    const lines: number[] = []
    for (let i = button - 1; i >= Math.max(0, from) && isText(i); i--) lines.push(i)
    // An item is the lines since the last button, all of them text.
    if (k > 0 && lines.length !== button - from) continue
    for (const i of lines) items.add(i)
  }
  return items
}

/** Maximum-sum run; the earliest wins a tie. Empty pages give an empty region. */
export function densestRun(weights: number[]): Region {
  let best = { start: 0, end: 0, sum: 0 }
  let start = 0
  let sum = 0
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      start = i
      sum = 0
    }
    sum += weights[i]!
    if (sum > best.sum) best = { start, end: i + 1, sum }
  }
  return { start: best.start, end: best.end }
}

/** Paragraphs in a row that show the article goes on after an end cue. */
const RESUMING_PARAGRAPHS = 3

/**
 * After a cue that closes an article, only a run of real paragraphs carries
 * the article on (a newsletter box inside a long feature); teasers between
 * headlines and promo blurbs, which pages put after an article, come one or
 * two at a time, so without such a run the region ends at the cue. A real
 * paragraph ends like a sentence: the long unpunctuated lines of a
 * "Trending" box are headlines written out in full, however many follow.
 */
export function cutAtEndCues(region: Region, classes: LineClass[], lines: PageLine[]): Region {
  for (let i = region.start + 1; i < region.end; i++) {
    if (classes[i]!.kind !== 'end') continue
    let run = 0
    let resumes = false
    for (let j = i + 1; j < region.end && !resumes; j++) {
      run = classes[j]!.kind === 'prose' && lines[j]!.terminal ? run + 1 : 0
      resumes = run >= RESUMING_PARAGRAPHS
    }
    // A paywall or sign-up prompt mid-article: the paragraphs after it, up to the region's end, are the article's.
    if (!resumes && !((resumedParagraphs(i, lines, classes) ?? Infinity) <= region.end)) return { start: region.start, end: i }
  }
  return region
}

/**
 * `region` without a lone sentence closing it right under a cue line ("Weiterlesen
 * mit MR+" over "Jetzt 4 Wochen für 0,99 € testen …", "Read more" over a
 * blurb): a paywall's or a promotion's offer. A lone paragraph counts half,
 * yet outweighs the cue's cost; the article's own last paragraph follows
 * another paragraph, an ad label or a heading, and a "read also" cue is
 * followed by headlines, not by a sentence.
 */
export function withoutOfferAfterCue(region: Region, lines: PageLine[], classes: LineClass[]): Region {
  let last = region.end - 1
  while (last > region.start && classes[last]!.kind !== 'prose') last--
  const cue = last - 1
  if (cue <= region.start || classes[last]!.kind !== 'prose' || classes[cue]!.reason !== 'cue' || !lines[last]!.terminal) return region
  return { start: region.start, end: cue }
}

/** Most lines of a box inside an article (a paywall prompt, a sign-up offer) that its paragraphs resume after. */
const BOX_MAX_LINES = 5
/** Fewest paragraphs in a row after such a box that carry the article on. */
const RESUMED_MIN_PARAGRAPHS = 2

/**
 * `region` extended over the paragraphs that follow a box opening at its
 * end: a paywall prompt ("Subscribe to keep reading", a count of free
 * articles, "Already a subscriber? Log in") or a sign-up offer cuts an
 * article in two, and the densest run stops at it. The box is a few lines
 * and holds an end cue; the article resumes in two or more paragraphs in a
 * row, which end at a box or the page's end: teaser cards after an article
 * come one blurb at a time, each under its headline.
 */
export function resumeAfterBox(region: Region, lines: PageLine[], classes: LineClass[]): Region {
  if (region.end === region.start) return region
  let end = region.end
  for (let next = resumedParagraphs(end, lines, classes); next !== undefined; next = resumedParagraphs(end, lines, classes)) end = next
  return { start: region.start, end }
}

/** One past the paragraphs that resume an article after a box opening at `from`, if they do. */
function resumedParagraphs(from: number, lines: PageLine[], classes: LineClass[]): number | undefined {
  const isParagraph = (i: number) => classes[i]?.kind === 'prose' && lines[i]!.terminal
  let i = from
  let boxed = false
  for (; i < lines.length && i - from < BOX_MAX_LINES && !isParagraph(i); i++) boxed ||= classes[i]!.kind === 'end'
  let j = i
  while (isParagraph(j)) j++
  if (!boxed || j - i < RESUMED_MIN_PARAGRAPHS) return undefined
  // A headline after them makes them blurbs of a list of cards.
  return j < lines.length && classes[j]!.kind === 'short' ? undefined : j
}

/** Consecutive menu-like lines that end an extension. */
const NAV_RUN = 3

/**
 * Structured tails of an article (a schedule, a price list, a recipe's steps)
 * are short lines that cost more than they weigh, so the densest run stops
 * before them. The region is extended over such lines until the first sign
 * that the article is over: an end cue, a furniture line, a line that the
 * page's top menus already had, or a run of menu entries or headlines.
 * A line that repeats one of the article's own lines ("Pre-workout meal" in
 * plan B after plan A, "Step 1" on each day) is the article's structure
 * going on, not a menu, so it breaks a run of menu-like lines, and a
 * button repeated under each item of a list ("See deal") does not end it.
 */
export function extendOverTail(region: Region, lines: PageLine[], classes: LineClass[]): Region {
  if (region.end === region.start) return region
  const above = new Set(lines.slice(0, region.start).map((l) => l.key))
  const within = new Set(lines.slice(region.start, region.end).map((l) => l.key))
  let end = region.end
  let navRun = 0
  let runStart = end
  let buttons = 0
  for (let i = region.end; i < lines.length; i++) {
    const line = lines[i]!
    const kind = classes[i]!.kind
    // A button under each item ("See deal", "Vedi offerta") is the list's own furniture: the list goes on past it.
    if (classes[i]!.reason === ITEM_BUTTON) continue
    if (kind === 'end' || kind === 'furniture' || above.has(line.key)) {
      // In a script without case, the menu-like lines right over a box's cue go with it ("スポンサードリンク",
      // "タグ: ソフトウェア" over "関連記事"), as they would have had the run reached NAV_RUN lines; in a cased one
      // a list's items in title case ("Bean salad, 1 cup") may end the article right over "Related Articles".
      if (kind === 'end' && navRun > 0 && lines.slice(runStart, i).every((l) => l.uncased)) end = runStart
      break
    }
    // Share buttons and menus: a row of one- or two-word names; the items of a list say more.
    buttons = isButton(line) ? buttons + 1 : 0
    if (buttons >= NAV_RUN) {
      end = withoutLabels(lines, classes, region.end, i + 1 - buttons)
      break
    }
    // A one-word line ("false", "Video") between entries neither makes nor breaks a run.
    if (line.words > 1 || line.uncased) {
      // Items that open with the same word as the line before ("A pair of boots" / "A warm hat") are a list written in parallel, not a menu.
      const menuLike = isMenuLike(line, classes[i]!) && !within.has(line.key) && !sameOpening(line, lines[i - 1]!)
      if (!menuLike) navRun = 0
      else if (navRun++ === 0) runStart = i
    }
    if (navRun >= NAV_RUN) {
      end = withoutLabels(lines, classes, region.end, runStart)
      break
    }
    end = i + 1
  }
  end = withoutTagList(lines, classes, region, withoutLinkBox(lines, classes, region.end, end))
  // A name alone after the last paragraph, with the page going on under it, is the writer's sign-off ("Minh Quân"),
  // as papers in Vietnam and Korea print it; the page's last line may as well be a heading in title case ("Post-Workout Meal").
  if (end === region.end + 1 && end < lines.length && isNameOnly(lines[region.end]!.text)) end = region.end
  return { start: region.start, end }
}

/** Fewest tags that make a list of them. */
const TAG_LIST_MIN_ITEMS = 2
/** Longest tag, in words. */
const TAG_MAX_WORDS = 4

/**
 * `end` moved back to a list of the article's tags in the extension: a
 * label ("Từ khóa:", "Tags", "Schlagworte") over short phrases, most of
 * them (and at least two) said word for word in the article's paragraphs
 * ("xe buýt", "sân bay Đà Nẵng", "Hội An"): its keywords, picked out of it.
 * The article's own lists (what to pack, the ingredients) name things its
 * paragraphs did not.
 */
function withoutTagList(lines: PageLine[], classes: LineClass[], region: Region, end: number): number {
  const article = ` ${lines.slice(region.start, region.end).map((line) => line.key).join(' ')} `
  for (let label = region.end; label < end; label++) {
    if (!isLabel(lines[label]!, classes[label]!)) continue
    let last = label + 1
    while (last < end && isTag(lines[last]!, classes[last]!)) last++
    const said = lines.slice(label + 1, last).filter((line) => article.includes(` ${line.key} `)).length
    if (said >= TAG_LIST_MIN_ITEMS && said * 2 > last - label - 1) return label
  }
  return end
}

const isTag = (line: PageLine, cls: LineClass): boolean => cls.kind === 'short' && line.key !== '' && line.words <= TAG_MAX_WORDS && !line.terminal && !/\d/.test(line.text)

/** Fewest headlines under a label that make a box of links. */
const LINK_BOX_MIN_ITEMS = 2
/** Fewest words in another story's headline (a list item or a section heading is often shorter). */
const HEADLINE_MIN_WORDS = 4

/**
 * `end` moved back to the first box of links in the extension: a label
 * ("Läs också", "Czytaj także", "İlgili haberler", in whatever language)
 * over two or more headlines of other stories, written as sentences without
 * their full stop, most of them without figures. What follows such a box in the tail
 * (a comments box, another list) is no more the article than the box. A
 * structured tail of the article's own (a recipe's ingredients, a schedule,
 * a price list) carries quantities, times or prices, goes on in sentences,
 * or is written in parallel.
 */
function withoutLinkBox(lines: PageLine[], classes: LineClass[], from: number, end: number): number {
  for (let label = from; label < end; label++) {
    if (!isLabel(lines[label]!, classes[label]!)) continue
    let last = label + 1
    while (last < end && isHeadline(lines[last]!, classes[last]!)) last++
    const items = lines.slice(label + 1, last)
    if (items.length < LINK_BOX_MIN_ITEMS) continue
    // Headlines of different stories open with different words; a list's items written in parallel do not.
    if (items.slice(1).filter((line, k) => sameOpening(line, items[k]!)).length * 2 >= items.length - 1) continue
    // A figure in one headline is news ("300 new parking spaces"); in most of the items it is a list of sources or steps.
    if (items.filter((line) => /\d/.test(line.text)).length * 2 > items.length) continue
    return label
  }
  return end
}

/** Two lines that open with the same word ("A pair of …", "A warm …"; "Un …", "Ein …"). */
function sameOpening(a: PageLine, b: PageLine): boolean {
  const first = (line: PageLine) => line.key.split(' ')[0]
  return !a.uncased && a.key !== '' && first(a) === first(b)
}

/**
 * A figure inside a headline ("Νέο πάρκινγκ 300 θέσεων στην είσοδο της
 * πόλης", "Earthquake of 4.2 off the coast causes no damage") leaves it a
 * headline; a line that opens with one ("200 g flour", "£6.50 adults",
 * "2024.06.01 ~ 2024.06.02") or holds several ("Oat porridge [1 cup oats,
 * 1 cup milk …]") is a quantity, a price or a date of the article's own
 * structured tail.
 */
function isHeadline(line: PageLine, cls: LineClass): boolean {
  if (cls.kind !== 'short' || (line.uncased && !isSpaced(line)) || line.terminal || /^\P{L}*\d/u.test(line.text)) return false
  if ((line.text.match(/\d+(?:[.,]\d+)*/g) ?? []).length > 1) return false
  return (line.text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).length >= HEADLINE_MIN_WORDS
}

/** Most short lines between an opening paragraph and the densest run that extendOverHead crosses. */
const HEAD_MAX_LINES = 20

/**
 * The same over a structured middle the densest run starts after: a recipe's
 * ingredients (short lines with quantities) between its opening paragraph
 * and its method outweigh a lone opening paragraph, so the run begins at the
 * method. The region is extended back over short lines to the paragraph
 * above them, when they hold no sign of a page's top: a furniture or end
 * line, a byline or date, a line the page says again elsewhere (menus and
 * headlines), a run of menu entries or headlines. Without such a paragraph
 * the region stays as it was.
 */
export function extendOverHead(region: Region, lines: PageLine[], classes: LineClass[]): Region {
  if (region.end === region.start) return region
  // A live blog's first entry: its heading between its clock time and its text, though the key events above repeat it.
  if (classes[region.start - 1]?.kind === 'short' && classes[region.start - 2]?.reason === CLOCK) return { start: region.start - 1, end: region.end }
  // A speaker's label over the first turn of a transcript ("LEILA MARTIN, HOST:"): a colon hands the line to the paragraph under it.
  if (isLeadIn(lines[region.start - 1], classes[region.start - 1])) return { start: region.start - 1, end: region.end }
  let navRun = 0
  for (let i = region.start - 1; i >= Math.max(0, region.start - 1 - HEAD_MAX_LINES); i--) {
    const line = lines[i]!
    const cls = classes[i]!
    if (cls.kind === 'prose') return i === region.start - 1 ? region : { start: i, end: region.end }
    if (cls.kind !== 'short' || lines.some((other, j) => j !== i && other.key === line.key)) return region
    // "Post su Facebook, 12 marzo 2024": a dated line is the header's, or a quoted claim's, never a list's item.
    if (isDateLine(line) || isBylineLine(line)) return region
    if (line.words > 1 || line.uncased) navRun = isMenuLike(line, cls) ? navRun + 1 : 0
    if (navRun >= NAV_RUN) return region
  }
  return region
}

/** Most words of a line that opens the paragraph under it with a colon. */
const LEAD_IN_MAX_WORDS = 6

/** A short line ending in a colon, no date or byline: it introduces what follows. */
function isLeadIn(line: PageLine | undefined, cls: LineClass | undefined): boolean {
  return line !== undefined && cls?.kind === 'short' && /:$/.test(line.text) && line.words <= LEAD_IN_MAX_WORDS && !isDateLine(line) && !isBylineLine(line)
}

/** A cased line of one or two words without figures: a button, a site's name, a menu entry. */
function isButton(line: PageLine): boolean {
  return !line.uncased && line.words <= 2 && !line.terminal && !/\d/.test(line.text)
}

/** Longest label, in words, that heads a list of links. */
const LABEL_MAX_WORDS = 4

/** A few words, no sentence end (a colon may open the list), no figures: the title of a box or list ("Read also", "Share:"). */
function isLabel(line: PageLine, cls: LineClass): boolean {
  if (line.uncased && !isSpaced(line)) return line.words <= 1
  return cls.kind === 'short' && line.words <= LABEL_MAX_WORDS && (!line.terminal || /:$/.test(line.text)) && !/\d/.test(line.text)
}

/** `end` moved back over the labels (and one-word entries) that head the link list starting there. */
function withoutLabels(lines: PageLine[], classes: LineClass[], from: number, end: number): number {
  while (end > from && isLabel(lines[end - 1]!, classes[end - 1]!)) end--
  return end
}

/**
 * Menu entries (title case) and headlines of other stories (six words or
 * more): short, unpunctuated, no figures. A brief sentence-case instruction
 * ("Drink during your workout") is a list item, not a link.
 */
function isMenuLike(line: PageLine, cls: LineClass): boolean {
  if (cls.kind !== 'short' || line.terminal) return false
  // Scripts without spaces or case (Japanese, Chinese): length is all there is to go by.
  // Their headlines carry figures inline ("新增12条线路"), so figures do not mark a list's item there.
  if (line.uncased) return line.text.length <= UNCASED_MENU_MAX_CHARS
  if (line.words > 12 || /\d/.test(line.text)) return false
  return line.lowerShare < 0.5 || line.words >= 6
}

/** Longest menu entry or headline in a script without spaces: about as much as 12 words of English. */
const UNCASED_MENU_MAX_CHARS = 30
