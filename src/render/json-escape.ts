/**
 * JSON string literals written directly, for JSON documents written as text
 * (JSON Feed items): the same as `JSON.stringify(removeUnsafeChars(text))`,
 * in one pass, and composed with the HTML escaper (`escapeHtmlInJson`), so
 * `content_html` is made and quoted in one pass rather than made, then
 * scanned again by JSON.stringify.
 */
import { escaper, within } from './escaper.ts'
import { escapeHtml } from './html-escape.ts'

// RFC 8259 §7: "All Unicode characters may be placed within the quotation
// marks, except for the characters that MUST be escaped: quotation mark,
// reverse solidus, and the control characters (U+0000 through U+001F)."
// The other controls are unsafe characters, removed; these are the ones kept,
// written as JSON.stringify writes them.
/** The inside of a JSON string literal of the text, without its quotes. */
export const escapeJson = escaper({ '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })

/** A JSON string literal of the text, unsafe characters removed: `JSON.stringify(cleanText(text))`. */
export const jsonString = (text: string): string => `"${escapeJson(text)}"`

/** `escapeJson(escapeHtml(text))` in one pass: the inside of a JSON string literal of the text made HTML. */
export const escapeHtmlInJson = within(escapeHtml, escapeJson)
