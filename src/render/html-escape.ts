/**
 * The one HTML escaper for HTML built as strings: `content_html` in feeds and
 * the API, and the article body on pages. (Page templates are hono/jsx, which
 * escapes the same five characters in every interpolated value; the view
 * functions that feed them strip unsafe characters with `cleanText`.)
 */
import { escaper } from './escaper.ts'
import { removeUnsafeChars } from './unsafe-chars.ts'

// HTML Living Standard §13.1.2.6 / §13.2.5: "<" opens a tag and "&" a
// character reference in text; quotes end attribute values. "'" is written
// numerically because &apos; is not an HTML 4 entity that older readers know.
export const escapeHtml = escaper({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })

/** Plain text for a template that escapes by itself (hono/jsx). */
export const cleanText = removeUnsafeChars
