/**
 * Outlet and dateline, only where the text states them:
 * - a wire credit opening the first paragraph: "SEOUL (Reuters) - …";
 * - a copyright line: "© 2019 Dow Jones & Company, Inc. All Rights Reserved.";
 * - an author's e-mail footer on a line of its own ("content@viewusglobal.com"):
 *   staff addresses are on the outlet's domain, so the domain names the outlet;
 * - a dateline: "Pyongyang, North Korea - A treaty …", "MADRID — Rafael Nadal …".
 * The dateline stays in the paragraph's text (the body is verbatim).
 */
import type { Block } from '../../model.ts'
import type { PageLine } from './lines.ts'

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`
/** "PLACE[, Region] [(Wire)] - text": the place is one to four capitalised words. */
const DATELINE = new RegExp(String.raw`^(${PLACE})(?:,\s+(?:${PLACE}))?\s*(?:\(([^)]{2,40})\))?\s*[-–—]{1,2}\s+\S`, 'u')
/** "© 2019 Dow Jones & Company, Inc.", "Copyright © 2010 AUTORACING.": the holder follows the sign and the year. */
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?,?\s*(\p{Lu}[^.|,©]*?)(?=,|\.|\s+all rights reserved|\s+-\s|\s*\||\s+(?:19|20)\d\d|$)/iu
/** A line that is only an e-mail address. */
const EMAIL_LINE = /^[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})$/i
/** Mail providers anyone can use: their domain says nothing about the outlet. */
const PUBLIC_MAIL = /(?:^|\.)(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|proton|protonmail|gmx|mail|yandex|qq|163)\.[a-z.]+$/i
const COMPANY_SUFFIX = /\s+(?:inc|llc|ltd|plc|corp|gmbh|s\.a)\.?$/i

/** Upper-cased place of an opening dateline, or null. */
export function findDateline(body: Block[]): string | null {
  const first = body.find((b) => b.type === 'p')
  if (!first) return null
  const match = DATELINE.exec(first.text)
  return match ? match[1]!.toUpperCase() : null
}

export function findSource(lines: PageLine[], body: Block[]): string | null {
  const first = body.find((b) => b.type === 'p')
  const wire = first ? DATELINE.exec(first.text)?.[2] : undefined
  if (wire) return wire.trim()
  // The page footer's notice names the publisher; a photo's "©" names its agency, so the last notice wins.
  for (const line of [...lines].reverse()) {
    if (line.words > 25) continue
    const name = COPYRIGHT.exec(line.text)?.[1]?.trim().replace(COMPANY_SUFFIX, '')
    if (name && name.length >= 2 && !/all rights reserved/i.test(name)) return name
  }
  for (const line of lines) {
    const domain = EMAIL_LINE.exec(line.text.trim())?.[1]?.toLowerCase()
    if (domain && !PUBLIC_MAIL.test(domain)) return domain.replace(/^www\./, '')
  }
  return null
}
