/**
 * `since` and `until`: a day (YYYY-MM-DD, UTC) or an RFC 3339 date-time with
 * any offset, normalised to UTC and to whole seconds (the catalog's precision).
 */
import { Invalid } from './invalid.ts'

export interface Bound {
  /** First instant included, `YYYY-MM-DDTHH:MM:SSZ`. */
  from: string
  /** Last instant included, `YYYY-MM-DDTHH:MM:SSZ`. */
  to: string
  /** Whether the value was a whole day. */
  day: boolean
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/

export function parseDate(raw: string, name: string): Bound {
  const text = raw.trim()
  const day = DAY.exec(text)
  if (day) {
    const start = new Date(`${text}T00:00:00Z`)
    if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== text) throw new Invalid(`${name}: ${JSON.stringify(raw)} is not a real date`)
    return { from: `${text}T00:00:00Z`, to: `${text}T23:59:59Z`, day: true }
  }
  const dt = DATE_TIME.exec(text)
  if (dt) {
    const [, y, mo, d, h, mi, s = '00', zone] = dt
    const local = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`)
    if (Number.isNaN(local.getTime()) || local.toISOString().slice(0, 19) !== `${y}-${mo}-${d}T${h}:${mi}:${s}`) {
      throw new Invalid(`${name}: ${JSON.stringify(raw)} is not a real date-time`)
    }
    const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone!.toUpperCase()}`)
    const iso = instant.toISOString().slice(0, 19) + 'Z'
    // Midnight UTC as a lower bound is the same as the whole day.
    if (name === 'since' && iso.endsWith('T00:00:00Z')) return { from: iso, to: iso, day: true }
    return { from: iso, to: iso, day: false }
  }
  throw new Invalid(`${name}: expected YYYY-MM-DD or an RFC 3339 date-time such as 2024-11-10T09:30:00Z`)
}

export function formatDate(b: Bound): string {
  return b.day ? b.from.slice(0, 10) : b.from
}
