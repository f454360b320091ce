/**
 * `since` and `until`: a day (YYYY-MM-DD, UTC) or a date-time with any
 * offset, read by src/dates.ts (one pattern for the build and the Worker),
 * normalised to UTC and to whole seconds (the catalog's precision).
 */
import { readDate } from '../dates.ts'
import { Invalid } from './invalid.ts'

export interface Bound {
  /** First instant included, `YYYY-MM-DDTHH:MM:SSZ`. */
  from: string
  /** Last instant included, `YYYY-MM-DDTHH:MM:SSZ`. */
  to: string
  /** Whether the value was a whole day. */
  day: boolean
}

export function parseDate(raw: string, name: string): Bound {
  const reading = readDate(raw)
  const shown = JSON.stringify(raw)
  if (!reading.ok) {
    switch (reading.problem) {
      case 'no-such-day':
        throw new Invalid(`${name}: ${shown} is not a real date`)
      case 'no-such-time':
        throw new Invalid(`${name}: ${shown} is not a real date-time`)
      case 'no-such-offset':
        throw new Invalid(`${name}: ${shown} has a UTC offset out of range; offsets run from -23:59 to +23:59`)
      case 'out-of-range':
        throw new Invalid(`${name}: ${shown} is outside the years 0000 to 9999 once converted to UTC`)
      case 'syntax':
        throw new Invalid(`${name}: expected YYYY-MM-DD or an RFC 3339 date-time such as 2024-11-10T09:30:00Z`)
    }
  }
  const { iso, day } = reading
  if (day) return { from: iso, to: `${iso.slice(0, 10)}T23:59:59Z`, day: true }
  // Midnight UTC as a lower bound is the same as the whole day.
  if (name === 'since' && iso.endsWith('T00:00:00Z')) return { from: iso, to: iso, day: true }
  return { from: iso, to: iso, day: false }
}

export function formatDate(b: Bound): string {
  return b.day ? b.from.slice(0, 10) : b.from
}
