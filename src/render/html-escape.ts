/**
 * The one HTML escaper for HTML built as strings: `content_html` in feeds and
 * the API, and the article body on pages. (Page templates are hono/jsx, which
 * escapes the same five characters in every interpolated value; the view
 * functions that feed them strip unsafe characters with `cleanText`.)
 */
import { removeUnsafeChars } from './unsafe-chars.ts'

// HTML Living Standard §13.1.2.6 / §13.2.5: "<" opens a tag and "&" a
// character reference in text; quotes end attribute values. "'" is written
// numerically because &apos; is not an HTML 4 entity that older readers know.
const HTML_SPECIAL = /[&<>"']/g
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return removeUnsafeChars(text).replace(HTML_SPECIAL, (ch) => HTML_ENTITY[ch]!)
}

/** Plain text for a template that escapes by itself (hono/jsx). */
export const cleanText = removeUnsafeChars
