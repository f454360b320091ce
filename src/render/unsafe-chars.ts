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
 *
 * Every escaper removes them in its one pass (escaper.ts `UNSAFE_CODE_UNITS`
 * and its surrogate check); this is that pass with nothing to replace.
 */
import { type Escaper, escaper } from './escaper.ts'

export const removeUnsafeChars: Escaper = escaper({})
