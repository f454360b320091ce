/**
 * The article header: headline, standfirst, byline and date sit just above
 * the article's first paragraph (sometimes the standfirst, byline and date
 * open the densest run itself). Walking back from the first paragraph, the
 * first headline-shaped line is the title; a sentence between it and the
 * body is the standfirst; byline and date lines anywhere in that stretch
 * give the authors and the publication date. Authors are also read from an
 * author footer (a name line followed by an e-mail line).
 */
import type { LineClass } from './classify.ts'
import { publicationDate } from './dates.ts'
import type { PageLine } from './lines.ts'
import type { Region } from './region.ts'
import { authorsFromByline, isBylineLine } from './byline.ts'
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

/** How far above the body the header may reach, in lines. */
const HEADER_REACH = 12
/** How many opening lines of the region may still be header. */
const HEADER_IN_REGION = 5

export function readHeader(lines: PageLine[], classes: LineClass[], region: Region): Header {
  const roles = new Map<number, string>()
  let bodyStart = region.start
  // Byline or date lines among the region's first lines (before its second
  // paragraph: one may be a standfirst): the body starts after them.
  let paragraphs = 0
  for (let i = region.start; i < Math.min(region.end, region.start + HEADER_IN_REGION); i++) {
    if (classes[i]!.kind === 'prose' && ++paragraphs > 1) break
    if (isBylineLine(lines[i]!) || isDateLine(lines[i]!)) bodyStart = i + 1
  }
  const top = Math.max(0, region.start - HEADER_REACH)
  let title: string | null = null
  let dek: string | null = null
  const bylines: string[] = []
  const dateLines: string[] = []
  for (let i = bodyStart - 1; i >= top; i--) {
    const line = lines[i]!
    if (isBylineLine(line)) {
      roles.set(i, 'byline')
      bylines.unshift(line.text)
    } else if (isDateLine(line)) {
      roles.set(i, 'date')
      dateLines.unshift(line.text)
    } else if (title === null && isTitleLike(line, classes[i]!)) {
      // A sentence right under the headline, before any title, is the standfirst.
      if (dek === null && i >= region.start - 1 && classes[i]!.kind === 'prose' && lines[i - 1] && isTitleLike(lines[i - 1]!, classes[i - 1]!)) {
        dek = line.text
        roles.set(i, 'dek')
        continue
      }
      title = line.text
      roles.set(i, 'title')
    }
  }
  // A region that opens with an unpunctuated sentence right under the headline: a standfirst.
  if (title !== null && dek === null && bodyStart === region.start && bodyStart + 1 < region.end) {
    const first = lines[bodyStart]!
    if (!first.terminal && roles.get(bodyStart - 1) === 'title') {
      dek = first.text
      roles.set(bodyStart, 'dek')
      bodyStart++
    }
  }
  if (dek !== null && bodyStart <= region.start) {
    // the standfirst was found above the region: nothing to skip.
  }
  return {
    title,
    dek,
    authors: unique([...bylines.flatMap(authorsFromByline), ...footerAuthors(lines)]),
    published: publicationDate(dateLines),
    bodyStart,
    roles,
  }
}

function isDateLine(line: PageLine): boolean {
  if (isDateOnly(line.text)) return true
  return line.words <= 14 && /\b(?:19|20)\d\d\b/.test(line.text) && !line.terminal && line.lowerShare < 0.5
}

/** Headline shape: several words, no closing full stop, not a menu label or credit. */
export function isTitleLike(line: PageLine, cls: LineClass): boolean {
  if (cls.kind === 'furniture' || line.words < 4 || line.words > 30 || line.text.length < 20) return false
  if (/[.:;,]$/.test(line.text) && !/\.\.\.$|…$/.test(line.text)) return false
  if (isCredit(line) || (hasFurnitureCue(line.text) && line.words <= 6)) return false
  return true
}

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
