/**
 * The one XML escaper: every string that reaches an RSS or Atom document goes
 * through it, in text and in attribute values alike.
 */
import { removeUnsafeChars } from './unsafe-chars.ts'

// XML 1.0 §2.4: "&" and "<" MUST be escaped in character data; ">" MUST be
// escaped in "]]>"; §3.1: attribute values are delimited by either quote, so
// both are escaped and one function serves text and attributes.
const XML_SPECIAL = /[&<>"']/g
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return removeUnsafeChars(text).replace(XML_SPECIAL, (ch) => XML_ENTITY[ch]!)
}
