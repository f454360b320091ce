/**
 * The one XML escaper: every string that reaches an RSS or Atom document goes
 * through it, in text and in attribute values alike.
 */
import { escaper, within } from './escaper.ts'
import { escapeHtml } from './html-escape.ts'

// XML 1.0 §2.4: "&" and "<" MUST be escaped in character data; ">" MUST be
// escaped in "]]>"; §3.1: attribute values are delimited by either quote, so
// both are escaped and one function serves text and attributes.
export const escapeXml = escaper({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })

/** `escapeXml(escapeHtml(text))` in one pass: text made HTML and written into XML (RSS content:encoded, Atom type="html"). */
export const escapeHtmlInXml = within(escapeHtml, escapeXml)
