/**
 * The article header: headline, standfirst, byline and date sit just above
 * the article's first paragraph (sometimes the standfirst, byline and date
 * open the densest run itself). Walking back from the first paragraph, the
 * first headline-shaped line is the title; a sentence between it and the
 * body is the standfirst; byline and date lines anywhere in that stretch
 * give the authors and the publication date. A lone sentence under the
 * byline or date, set apart from the paragraphs, is the standfirst too; a
 * copy of the headline there is dropped. Authors are also read from an
 * author footer (a name line followed by an e-mail line).
 */
import { CLOCK, type LineClass } from './classify.ts'
import { datesInLine, publicationDate } from './dates.ts'
import { isSpaced, type PageLine } from './lines.ts'
import type { Region } from './region.ts'
import { authorsFromByline, isBylineLine, isNameOnly } from './byline.ts'
import { hasFurnitureCue, isBareEmail, isCredit, isDateOnly } from './signals.ts'

export interface Header {
  title: string | null
  dek: string | null
  authors: string[]
  published: string | null
  /** First line of the body proper (the region may open with header lines). */
  bodyStart: number
  /** Header lines by index, with the role they were given, for traces. */
  roles: Map<number, string>
}

const TRAILING_BYLINE = /\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u

/** How far above the body the header may reach, in lines. */
const HEADER_REACH = 12
/** Most lines between a headline and the byline or date under it (a standfirst between them). */
const TITLE_OVER_BYLINE_REACH = 2
/** How many opening lines of the region may still be header. */
const HEADER_IN_REGION = 5

/** `language`: the page's (BCP 47), which says how to read a numeric date ("03/06/2024"). */
export function readHeader(lines: PageLine[], classes: LineClass[], region: Region, language = 'en'): Header {
  const roles = new Map<number, string>()
  let bodyStart = region.start
  // Byline or date lines among the region's first lines (before its second
  // paragraph: one may be a standfirst): the body starts after them.
  let paragraphs = 0
  for (let i = region.start; i < Math.min(region.end, region.start + HEADER_IN_REGION); i++) {
    if (classes[i]!.kind === 'prose' && ++paragraphs > 1) break
    // A clock time alone there stamps a live blog's first entries, which are the body.
    if (isBylineLine(lines[i]!) || (isDateLine(lines[i]!) && classes[i]!.reason !== CLOCK)) bodyStart = i + 1
  }
  const top = Math.max(0, region.start - HEADER_REACH)
  const bylines: string[] = []
  const dateLines: string[] = []
  const titles: number[] = []
  for (let i = bodyStart - 1; i >= top; i--) {
    const line = lines[i]!
    if (isBylineLine(line)) {
      roles.set(i, 'byline')
      bylines.unshift(line.text)
      dateLines.unshift(line.text)
    } else if (isDateLine(line)) {
      roles.set(i, 'date')
      dateLines.unshift(line.text)
    } else if (isTitleLike(line, classes[i]!)) {
      titles.push(i)
    }
  }
  // A headline right over the byline and date is the page's; a headline-shaped line between them and the body is a box's label ("Key points").
  const firstHeaderLine = Math.min(...roles.keys())
  const overByline = titles.filter((i) => i < firstHeaderLine && firstHeaderLine - i <= TITLE_OVER_BYLINE_REACH)
  let titleAt = pickTitle(lines, classes, overByline.length > 0 ? titles.filter((i) => i < firstHeaderLine) : titles, bodyStart)
  let dekAt = -1
  if (titleAt > top && isStandfirst(lines[titleAt]!) && isHeadlineOver(lines[titleAt - 1]!, classes[titleAt - 1]!, lines[titleAt]!)) {
    // Two headline-shaped lines: a sentence under a headline is its standfirst.
    dekAt = titleAt
    titleAt--
  } else if (titleAt >= 0) {
    for (let i = titleAt + 1; i < bodyStart && dekAt < 0; i++) {
      // A standfirst printed again as its picture's caption: the pair reads as a caption (structure.ts), the first is the standfirst.
      const captioned = classes[i]!.reason === 'caption' && isStandfirst(lines[i]!)
      if (!roles.has(i) && (classes[i]!.kind === 'prose' || captioned)) dekAt = i
    }
  }
  if (titleAt < 0 && dekAt < 0) {
    // No headline above to make it a standfirst: a paragraph that opens the
    // region before its byline is the article's first paragraph, not header.
    const opening = firstUnroledProse(classes, roles, region.start, bodyStart)
    if (opening >= 0 && linesBetweenAreFurniture(classes, opening + 1, bodyStart)) bodyStart = opening
  }
  // Blogs print the headline again over the post, under the date; pages print the standfirst again as the caption of the picture there.
  if (titleAt >= 0 && bodyStart < region.end && lines[bodyStart]!.key === lines[titleAt]!.key) roles.set(bodyStart++, 'title copy')
  if (dekAt >= 0 && bodyStart < region.end && lines[bodyStart]!.key === lines[dekAt]!.key) roles.set(bodyStart++, 'standfirst copy')
  const underByline = roles.get(bodyStart - 1) === 'byline' || roles.get(bodyStart - 1) === 'date' || bodyStart > region.start
  if (dekAt < 0 && underByline && isLoneOpening(lines, classes, region, bodyStart)) {
    // A lone sentence right under the byline or date, cut off from the
    // paragraphs by a share button, a dateline label or another byline, is
    // the standfirst: an article opens with a run of paragraphs.
    dekAt = bodyStart++
    for (; bodyStart < region.end && isBylineLine(lines[bodyStart]!); bodyStart++) {
      roles.set(bodyStart, 'byline')
      bylines.push(lines[bodyStart]!.text)
      dateLines.push(lines[bodyStart]!.text)
    }
  }
  if (titleAt >= 0) roles.set(titleAt, 'title')
  if (dekAt >= 0) roles.set(dekAt, 'dek')
  // A name alone right over or under the date ("Margaret Osei" / "Fri 15 Nov 2024") is the byline without its "By",
  // when the header has no byline of another shape (then the name is more likely a section's, "Middle East").
  const besideDate: string[] = []
  for (const [i, role] of bylines.length > 0 ? [] : [...roles]) {
    if (role !== 'date') continue
    for (const j of [i - 1, i + 1]) {
      const name = j < top || j >= bodyStart || roles.has(j) ? null : nameAlone(lines[j]!)
      if (name === null) continue
      roles.set(j, 'byline')
      bylines.push(lines[j]!.text)
      besideDate.push(name)
    }
  }
  // "Headline by Jane Doe": the byline rides on the headline line.
  const titleByline = titleAt >= 0 ? TRAILING_BYLINE.exec(lines[titleAt]!.text) : null
  const title = titleAt >= 0 ? lines[titleAt]!.text.slice(0, titleByline?.index).trim() : null
  const dek = dekAt >= 0 ? lines[dekAt]!.text : null
  return {
    title,
    dek,
    authors: unique([
      ...(titleByline ? authorsFromByline(titleByline[0].trim()) : []),
      ...bylines.flatMap(authorsFromByline),
      ...besideDate,
      ...dateLines.flatMap(labelledHanAuthors),
      ...footerAuthors(lines),
    ]),
    published: publicationDate(dateLines, language),
    bodyStart,
    roles,
  }
}

/**
 * The writer a Chinese date line names after its label ("2024-05-20 09:32
 * 来源：江城晚报 作者：李明": source, then author). Such a line labels several
 * values, an outlet's name among them and as short as a person's, so the
 * label decides: 作者 (author), 记者/記者 (reporter), 撰文 (written by); an
 * editor (责任编辑) is not the writer.
 */
const HAN_AUTHOR = /(?:^|[\s|｜])(?:作者|记者|記者|撰文)\s*[:：]\s*(\p{Script=Han}{2,4})(?![\p{Script=Han}])/gu

function labelledHanAuthors(text: string): string[] {
  return [...text.matchAll(HAN_AUTHOR)].map((m) => m[1]!)
}

/** Most words of a name in a script without case ("अनीता शर्मा", "سارة الخطيب"). */
const UNCASED_NAME_MAX_WORDS = 3
/** Most characters of a name in Chinese or Japanese ("佐藤健一"). */
const UNSPACED_NAME_MAX_CHARS = 5

/**
 * The name a line beside the header's date holds alone: "Margaret Osei";
 * after one label word and a colon, whatever the language of the label
 * ("Σύνταξη: Νίκος Παπαδάκης", "रिपोर्ट: अनीता शर्मा", "بقلم: سارة الخطيب");
 * in brackets, as Japanese papers print it ("（佐藤健一）"); before a role in
 * Korean ("김지훈 기자"). In a script
 * without case a name is two or three words, or two to five characters
 * where words are not spaced. Null when the line is no such name.
 */
function nameAlone(line: PageLine): string | null {
  const text = line.text
  const inner = /^[\p{L}\p{M}]+\s*[:：]\s*(.+)$/u.exec(text)?.[1] ?? /^[（(]([^()（）]+)[）)]$/u.exec(text)?.[1] ?? text
  if (isNameOnly(inner)) return inner
  if (!line.uncased || /[\d:：]/.test(inner)) return null
  const words = inner.split(/\s+/)
  // Korean writes a name as one word of two to four syllables and the role after it ("김지훈 기자": reporter Kim Ji-hoon).
  if (/^\p{Script=Hangul}{2,4}$/u.test(words[0]!) && words.length === 2 && /^\p{Script=Hangul}+$/u.test(words[1]!)) return words[0]!
  const spacedName = isSpaced(line) && words.length >= 2 && words.length <= UNCASED_NAME_MAX_WORDS && words.every((w) => /^[\p{L}\p{M}]+$/u.test(w))
  const unspacedName = !isSpaced(line) && inner !== text && /^[\p{L}\p{M}]{2,}$/u.test(inner) && inner.length <= UNSPACED_NAME_MAX_CHARS
  return spacedName || unspacedName ? inner : null
}

/**
 * A prose line, then a line no article text is (furniture, a capitals label
 * such as a dateline, a byline, a button label the page repeats), then more
 * of the article. A section heading or a sentence-case line carries the
 * text on, so the prose line before it is the first paragraph.
 */
function isLoneOpening(lines: PageLine[], classes: LineClass[], region: Region, at: number): boolean {
  if (at + 2 >= region.end || classes[at]!.kind !== 'prose' || lines[at]!.words >= STANDFIRST_MAX_WORDS) return false
  const next = lines[at + 1]!
  const cls = classes[at + 1]!
  const recurs = lines.some((other) => other !== next && other.key === next.key)
  // An ad slot sits between paragraphs, a clock time between a live blog's entries: neither cuts the opening off.
  if (cls.reason === 'ad label' || cls.reason === CLOCK) return false
  return cls.kind === 'furniture' || cls.kind === 'end' || cls.reason === 'label' || isBylineLine(next) || isDateLine(next) || (cls.kind === 'short' && recurs)
}

function firstUnroledProse(classes: LineClass[], roles: Map<number, string>, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!roles.has(i) && classes[i]!.kind === 'prose') return i
  return -1
}

/** True when no line in [from, to) could be kept as article text: the body may start before them. */
function linesBetweenAreFurniture(classes: LineClass[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (classes[i]!.kind !== 'furniture') return false
  return true
}

/**
 * A day, a month's name, a year and maybe a time: "10 Haziran 2024, 09:45",
 * "14 maja 2024, 11:20", "Pazartesi 10 Haziran 2024", "अपडेटेड: 12 मार्च 2024,
 * 10:30 AM IST" (a label, and a month name whose vowels are combining marks,
 * as in every Indic script). The shape of a date in
 * the languages that write the day first, whether or not chrono knows their
 * month names (then it gives no publication date, but the line is still the
 * header's date, not its headline).
 */
const DAY_WORD_YEAR = /^(?:[\p{L}\p{M}]+[,:]?\s+)?\d{1,2}\.?\s+\p{L}[\p{L}\p{M}]{2,}\.?,?\s+(?:19|20)\d\d(?:[,\s–—-]+(?:\p{L}{1,5}\.?\s*)?\d{1,2}[:.]\d\d(?:\s*\p{L}{1,3}){0,2})?$/u

/** Standfirsts are a sentence or two; a longer opening line is the first paragraph. */
const STANDFIRST_MAX_WORDS = 60

/** A line that is a date, or a short line that holds one with its year ("Updated 3 June 2024 | 3 min read"). */
export function isDateLine(line: PageLine): boolean {
  if (isDateOnly(line.text) || DAY_WORD_YEAR.test(line.text)) return true
  return line.words <= 14 && /\b(?:19|20)\d\d/.test(line.text) && datesInLine(line.text).length > 0
}

/**
 * The headline among headline-shaped lines above the body: pages repeat
 * their headline (breadcrumbs, share text, "e-mail this story"), so a line
 * whose words recur elsewhere on the page wins; then the nearest to the body.
 */
function pickTitle(lines: PageLine[], classes: LineClass[], candidates: number[], bodyStart: number): number {
  let best = -1
  let bestScore = -Infinity
  for (const i of candidates) {
    const key = lines[i]!.key
    // The site's name recurs too, in its copyright notice: furniture does not count.
    const repeated = lines.some((other, j) => j !== i && classes[j]!.kind !== 'furniture' && other.key.includes(key))
    const score = (repeated ? 10 : 0) - (bodyStart - i) + Math.min(lines[i]!.words, 12) / 4
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  }
  return best
}

/**
 * `upper` is the headline over standfirst `lower`: headline-shaped, and either
 * not a sentence (title case) or, where headlines are written in sentence
 * case as in most languages but English, shorter than the sentence under it;
 * or, when neither ends with a stop, simply the first of the two (a
 * question headline is often longer than the standfirst under it).
 */
function isHeadlineOver(upper: PageLine, upperClass: LineClass, lower: PageLine): boolean {
  if (!isTitleLike(upper, upperClass)) return false
  // A line that ends with the lower one is that headline again behind a breadcrumb ("Home News Business <headline>").
  const copy = upper.key.endsWith(lower.key)
  return !isStandfirst(upper) || upper.words < lower.words || (!lower.terminal && !/[.!]$/.test(upper.text) && !copy)
}

/**
 * A standfirst reads as a sentence: long enough and mostly lower-case words;
 * in a script without case that spaces its words (Hindi, Arabic), long enough.
 */
function isStandfirst(line: PageLine): boolean {
  return line.words >= 8 && (line.uncased ? isSpaced(line) : line.lowerShare >= 0.5)
}

/** Headline shape: several words, no closing full stop, not a menu label or credit. */
export function isTitleLike(line: PageLine, cls: LineClass): boolean {
  if (cls.kind === 'furniture' || !hasHeadlineLength(line)) return false
  if (/[.:;,。：；，]$/.test(line.text) && !/\.\.\.$|…$/.test(line.text)) return false
  if (isCredit(line) || hasFurnitureCue(line.text) || /^[\p{Ll}_]+[\s:]/u.test(line.text)) return false
  return !isBylineLine(line)
}

/**
 * Four to thirty words and twenty characters; in a script without spaces
 * (Japanese, Chinese), where a headline is one or two "words", ten to eighty
 * characters: a CJK character says about as much as a short English word.
 */
function hasHeadlineLength(line: PageLine): boolean {
  const length = [...line.text].length
  if (line.uncased && !isSpaced(line) && line.words < 4) return length >= UNCASED_HEADLINE_MIN_CHARS && length <= UNCASED_HEADLINE_MAX_CHARS
  return line.words >= 4 && line.words <= 30 && line.text.length >= 20
}

const UNCASED_HEADLINE_MIN_CHARS = 10
const UNCASED_HEADLINE_MAX_CHARS = 80

/** A line holding just a person's name, followed by a line holding just an e-mail address. */
function footerAuthors(lines: PageLine[]): string[] {
  const names: string[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i]!.text
    if (isBareEmail(lines[i + 1]!.text) && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u.test(name)) names.push(name)
  }
  return names
}

function unique(names: string[]): string[] {
  return [...new Set(names)]
}
