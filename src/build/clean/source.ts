/**
 * Outlet and dateline, only where the text states them:
 * - a wire credit opening the first paragraph: "SEOUL (Reuters) - …";
 * - a copyright line: "© 2019 Dow Jones & Company, Inc. All Rights Reserved.";
 * - a dateline: "Pyongyang, North Korea - A treaty …", "MADRID — Rafael Nadal …".
 * The dateline stays in the paragraph's text (the body is verbatim).
 */
import type { Block } from '../../model.ts'
import type { PageLine } from './lines.ts'

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`
/** "PLACE[, Region] [(Wire)] - text": the place is one to four capitalised words. */
const DATELINE = new RegExp(String.raw`^(${PLACE})(?:,\s+(?:${PLACE}))?\s*(?:\(([^)]{2,40})\))?\s*[-–—]{1,2}\s+\S`, 'u')
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?)?,?\s*([^.|]+?)(?:,?\s+(?:inc|llc|ltd|plc|corp|s\.a)\b\.?|\.|\s+all rights reserved|\s*\||$)/i

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
  for (const line of lines) {
    if (line.words > 20) continue
    const match = COPYRIGHT.exec(line.text)
    const name = match?.[1]?.trim()
    if (name && /\p{Lu}/u.test(name) && !/^\d+$/.test(name)) return name
  }
  return null
}
