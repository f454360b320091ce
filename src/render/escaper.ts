/**
 * How every escaper of the renderers works (XML, HTML, JSON strings): one
 * pass over the text that removes the characters no output may carry
 * (unsafe-chars.ts) and replaces each special character by its table entry.
 *
 * One pass, not a removal then a `replace` with a callback: a feed of 100
 * articles escapes about 200,000 characters of body, often twice (HTML, then
 * XML or JSON around it), and those passes were most of a renderer's time.
 * Escapers of escapers are composed into one table (`within`), so HTML
 * written into XML or into a JSON string is still one pass.
 */

/** Special character → what is written instead ('' removes it). Every key is one UTF-16 code unit. */
export type EscapeTable = Readonly<Record<string, string>>

/** An escaper, and the table it applies, so that escapers can be composed. */
export interface Escaper {
  (text: string): string
  readonly table: EscapeTable
  /**
   * The same for a text known to carry no unsafe character (an article the
   * build checked, model.ts `Article.checked`): only the table's characters
   * are looked for, so the scan for unsafe ones is skipped.
   */
  readonly checked: (text: string) => string
}

const classChar = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * The unsafe characters (unsafe-chars.ts) as UTF-16 code units, for a
 * character class without the `u` flag, and the surrogates, which are
 * unsafe only when not half of a pair: a pair is one character from U+10000
 * to U+10FFFF, which XML allows. One class and no alternatives, so the
 * expression engine scans for it at full speed; pairs are told apart in code
 * (they are rare in news text).
 */
const UNSAFE_CODE_UNITS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFD-\\uFFFF'
const SURROGATES = '\\uD800-\\uDFFF'
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The unsafe characters, in classes of at most 16 characters each. V8's
 * expression engine skips through text looking for a class that small and
 * reads a larger one character by character: over the 190,000 characters of
 * a 100-item feed's bodies, one test took 0.03 ms for a class of up to 16
 * characters and 0.13–0.56 ms for one of 20 or more (the one class below,
 * 0.19 ms). So a long text is first tested with these five, and, when it has
 * none (the build's text has none), escaped with a class of its table's
 * characters alone. The last class is empty for a one-byte string (V8
 * compiles an expression for Latin-1 text apart), and matches surrogate
 * pairs too: a text with one takes the one-class pass, which keeps them.
 */
const UNSAFE_IN_SMALL_CLASSES = [
  /[\u0000-\u0008\u000B\u000C\u000E-\u0012]/,
  /[\u0013-\u001F\u007F-\u0081]/,
  /[\u0082-\u0091]/,
  /[\u0092-\u009F]/,
  /[\uD800-\uDFFF\uFFFD-\uFFFF]/,
]
/** Below this many code units the one class is cheaper: one test instead of six. */
export const LONG_TEXT = 200

const hasUnsafe = (text: string): boolean => UNSAFE_IN_SMALL_CLASSES.some((unsafe) => unsafe.test(text))

export function escaper(table: EscapeTable): Escaper {
  // Replacements by code unit, '' for the unsafe ones: the class below matches
  // only code units under U+00A0 from the table or the unsafe set, and above
  // it only unsafe ones (U+FFFD–U+FFFF) and surrogates.
  const replacement: string[] = Array.from({ length: 0xa0 }, () => '')
  for (const [key, value] of Object.entries(table)) {
    const code = key.charCodeAt(0)
    if (key.length !== 1 || code >= 0xa0) throw new Error(`escaper: table key ${JSON.stringify(key)} is not one code unit below U+00A0`)
    replacement[code] = value
  }
  const keys = Object.keys(table).map(classChar).join('')
  const special = new RegExp(`[${keys}${UNSAFE_CODE_UNITS}${SURROGATES}]`, 'g')
  // An empty class matches nothing: a table with no entries (removeUnsafeChars) has nothing to replace.
  // A table of more than 16 characters has no quick class, so every text takes the one class.
  const quick = Object.keys(table).length <= 16 ? new RegExp(keys === '' ? '[^\\s\\S]' : `[${keys}]`, 'g') : null
  const escape = (text: string): string =>
    replaceEach(quick !== null && text.length >= LONG_TEXT && !hasUnsafe(text) ? quick : special, text)
  // With no table a checked text is written as it is; a table too large for a quick class takes the one class.
  const checked = keys === '' ? (text: string) => text : quick === null ? escape : (text: string) => replaceEach(quick, text)
  /** Each match of `search` (one code unit) replaced by its table entry, or removed; surrogate pairs kept. */
  function replaceEach(search: RegExp, text: string): string {
    search.lastIndex = 0
    let out = ''
    let from = 0
    // test() rather than exec(): the match is one code unit, found at lastIndex - 1, and no match array is made.
    while (search.test(text)) {
      const at = search.lastIndex - 1
      const code = text.charCodeAt(at)
      if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1))) {
        search.lastIndex = at + 2 // a pair: kept as it is
        continue
      }
      out += text.slice(from, at) + (code < 0xa0 ? replacement[code] : '')
      from = at + 1
    }
    return from === 0 ? text : out + text.slice(from)
  }
  return Object.assign(escape, { table, checked })
}

/**
 * `outer(inner(text))` in one pass: each of inner's replacements escaped by
 * outer, and outer's own entries for the characters inner leaves alone.
 * Exact because both map each character on its own.
 */
export function within(inner: Escaper, outer: Escaper): Escaper {
  const table: Record<string, string> = { ...outer.table }
  for (const [ch, replacement] of Object.entries(inner.table)) table[ch] = outer(replacement)
  return escaper(table)
}
