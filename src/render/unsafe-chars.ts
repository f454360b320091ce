/**
 * Characters no article text may carry into a feed or a page. Shared by the
 * XML and the HTML escaper (each output language has exactly one escaper;
 * this is the part both agree on).
 *
 * XML 1.0 §2.2: `Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]` — everything else (C0 controls but tab/LF/CR, lone
 * surrogates, U+FFFE, U+FFFF) makes the document not well-formed, so strict
 * readers drop the whole feed.
 *
 * Also removed, though XML allows them: DEL and the C1 controls
 * U+007F–U+009F (XML 1.0 §2.2 "document authors are encouraged to avoid"
 * them; the W3C Feed Validation Service warns "contains bad characters" for
 * U+0080–U+009F) and U+FFFD, the replacement character (same warning): it
 * only marks text that was already lost upstream.
 */
/**
 * That set as regular-expression source without the `u` flag, which sees
 * UTF-16 code units (escaper.ts folds it into each escaper's one pass): the
 * unsafe code units, and a surrogate that is not half of a pair (the
 * look-arounds run only once the class has found a surrogate). A valid pair
 * is a character from U+10000 to U+10FFFF, which XML allows.
 */
export const UNSAFE_CODE_UNITS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFD-\\uFFFF'
export const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'

const UNSAFE = new RegExp(`[${UNSAFE_CODE_UNITS}]|${LONE_SURROGATE}`, 'g')

export function removeUnsafeChars(text: string): string {
  return text.replace(UNSAFE, '')
}
