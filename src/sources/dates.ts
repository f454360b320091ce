/**
 * Feed dates to the model's `YYYY-MM-DDTHH:MM:SSZ`. Feeds write dates three ways:
 * - RFC 3339 / ISO 8601 (Atom §3.3, JSON Feed, dc:date): read by src/dates.ts;
 *   W3C-DTF's reduced forms (`2024`, `2024-11`, used by dc:date) as their first day;
 * - RFC 822 as RSS 2.0 amends it (four- or two-digit year, "the day of the week is
 *   optional"), with the zone names of RFC 822 §5.1 and a few common others;
 * - no zone at all: taken as UTC, so the reading never depends on the machine's zone.
 * Anything else is no date (null), never the clock: items.ts decides what an undated item gets.
 */
import { normalizeDate } from '../dates.ts'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * RFC 822 §5.1 zones ("UT" / "GMT" / "EST" … "PDT", military letters) and a few
 * that feeds use anyway. Military letters other than Z are taken as UTC:
 * RFC 1123 §5.2.14 notes their signs were specified backwards and says they
 * "should all be considered equivalent to "-0000" unless there is out-of-band information".
 */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
  bst: 1, cet: 1, cest: 2, eet: 2, eest: 3, msk: 3, ist: 5.5, jst: 9, kst: 9, aest: 10, aedt: 11, nzst: 12, nzdt: 13,
}

const RFC822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([+-])(\d{2}):?(\d{2})|\(?([a-z]{1,5})\)?)?\s*$/i

export function parseFeedDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/\s+/g, ' ')
  if (!text) return null
  const iso = normalizeDate(text)
  if (iso) return iso
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(text)
  if (partial) return normalizeDate(`${partial[1]}-${partial[2] ?? '01'}-01`)
  // ISO date-times without a zone (`2024-11-10T09:30:00`): UTC.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) return normalizeDate(`${text.replace(' ', 'T')}Z`)
  const m = RFC822.exec(text)
  if (!m) return null
  const [, day, monthName, yearText, hour = '00', minute = '00', second = '00', sign, oh, om, zoneName] = m
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase())
  if (month < 0) return null
  // RFC 822's two-digit years, read as RFC 5322 §4.3 says: 00–49 are 2000–2049, 50–99 are 1950–1999.
  const year = yearText!.length === 2 ? (+yearText! < 50 ? 2000 : 1900) + +yearText! : +yearText!
  let offsetMinutes = 0
  if (sign) offsetMinutes = (sign === '-' ? -1 : 1) * (+oh! * 60 + +om!)
  else if (zoneName) {
    const zone = zoneName.toLowerCase()
    if (zone in ZONES) offsetMinutes = ZONES[zone]! * 60
    else if (zone.length !== 1) return null
  }
  const pad = (n: number | string, w = 2) => String(n).padStart(w, '0')
  return normalizeDate(`${pad(year, 4)}-${pad(month + 1)}-${pad(day!)}T${pad(hour)}:${minute}:${second}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`)
}
