/**
 * Dates as the renderers write them for people and for Atom. The formats
 * every output shares (RFC 3339, RFC 822, the newest date) are in src/dates.ts;
 * these functions never read the clock.
 */
import { rfc3339 } from '../dates.ts'

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
