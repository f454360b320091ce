/**
 * Date formats of the three feed languages and of HTTP. Model dates are
 * ISO 8601 UTC strings; these functions never read the clock.
 */

/**
 * RSS 2.0 ("All date-times in RSS conform to the Date and Time Specification
 * of RFC 822, with the exception that the year may be expressed with two
 * characters or four characters (four preferred)") and HTTP's IMF-fixdate
 * (RFC 9110 §5.6.7: `Sun, 06 Nov 1994 08:49:37 GMT`) are the same string.
 */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString()
}

/** RFC 3339 `date-time` in UTC without fractions: `2024-11-10T09:30:00Z`. */
export function rfc3339(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Atom `updated` of one entry. RFC 4287 §4.2.15: "the most recent instant in
 * time when an entry or feed was modified in a way the publisher considers
 * significant". Many model dates are whole days, and the W3C Feed Validation
 * Service warns "Two entries with the same value for atom:updated" when two
 * entries share one. So the publisher's instant gets a sub-second offset taken
 * from the article id: always the same for one article (readers never see a
 * spurious update), distinct between articles, and below the source's
 * precision. Only Atom's `updated` carries it.
 */
export function atomUpdated(iso: string, articleId: string): string {
  const digits = articleId.replace(/[^0-9a-f]/gi, '').slice(-12) || '0'
  const nanos = String(Number.parseInt(digits, 16) % 1_000_000_000).padStart(9, '0')
  return rfc3339(iso).replace(/Z$/, `.${nanos}Z`)
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** For people: "13 November 2024" (UTC, so every reader sees one date). */
export function humanDate(iso: string): string {
  const d = new Date(iso)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** The newest of ISO UTC dates (they sort as strings). */
export function newest(dates: Iterable<string>): string | undefined {
  let max: string | undefined
  for (const d of dates) if (max === undefined || d > max) max = d
  return max
}
