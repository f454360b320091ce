import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/model.ts'
import { contentHtml, contentHtmlInJson, contentHtmlInXml } from '../../src/render/content.ts'
import { escaper, LONG_TEXT, within } from '../../src/render/escaper.ts'
import { cleanText, escapeHtml } from '../../src/render/html-escape.ts'
import { escapeHtmlInJson, escapeJson, jsonString } from '../../src/render/json-escape.ts'
import { escapeHtmlInXml, escapeXml } from '../../src/render/xml-escape.ts'

/** Text with every kind of character an escaper treats differently: specials, controls, lone and paired surrogates. */
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\\', '\t', '\n', '\r', '\u0000', '\u0085', '\uFFFD', '\uFFFF', '\uD83D', '\uDE80', 'a', 'é'), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))) })

/**
 * What an escaper must do, written out independently of escaper.ts: drop every code point that
 * unsafe-chars.ts lists (C0 but tab, LF, CR; DEL and C1; U+FFFD–U+FFFF; a surrogate not in a pair), then
 * replace each character of the table.
 */
function reference(table: Record<string, string>, text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    const unsafe = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || (c >= 0xfffd && c <= 0xffff) || (c >= 0xd800 && c <= 0xdfff)
    if (!unsafe) out += table[ch] ?? ch
  }
  return out
}

/** Texts long enough for the escapers' search by small classes (escaper.ts LONG_TEXT), mostly plain words with the odd special or unsafe character. */
const longText = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('news ', 'of the day. ', '£5m ', 'é') }, { weight: 1, arbitrary: anyText }), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join('').padEnd(LONG_TEXT, ' plain words'))

describe('escapers composed in one pass', () => {
  it.each([
    // & → &amp; (HTML) → &amp;amp; (XML); ' → &#39; → &amp;#39;
    ['a & b', 'a &amp;amp; b'],
    ['<p class="x">', '&amp;lt;p class=&amp;quot;x&amp;quot;&amp;gt;'],
    ["it's", 'it&amp;#39;s'],
    ['caf\u00e9 \u{1F680}', 'caf\u00e9 \u{1F680}'],
    ['a\u0000b\uFFFDc', 'abc'],
  ])('escapeHtmlInXml(%j) → %j', (input, expected) => {
    expect(escapeHtmlInXml(input)).toBe(expected)
  })

  it.each([
    ['say "hi"', 'say &quot;hi&quot;'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nnext\ttab\rcr', 'line\\nnext\\ttab\\rcr'],
    ['<a>&', '&lt;a&gt;&amp;'],
    ['\u{1F680}\uD800', '\u{1F680}'],
  ])('escapeHtmlInJson(%j) → %j', (input, expected) => {
    expect(escapeHtmlInJson(input)).toBe(expected)
  })

  it.each([
    ['plain', '"plain"'],
    ['"quoted" \\ \n', '"\\"quoted\\" \\\\ \\n"'],
    ['<b>&', '"<b>&"'],
    ['a\u0007\u009Fb', '"ab"'],
  ])('jsonString(%j) → %j', (input, expected) => {
    expect(jsonString(input)).toBe(expected)
  })

  it('escapeHtmlInXml is escapeXml after escapeHtml, for any text', () => {
    fc.assert(fc.property(anyText, (text) => escapeHtmlInXml(text) === escapeXml(escapeHtml(text))))
  })

  it('jsonString is JSON.stringify of the text without unsafe characters, and parses back to it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const literal = jsonString(text)
        return literal === JSON.stringify(cleanText(text)) && JSON.parse(literal) === cleanText(text)
      }),
    )
  })

  it('escapeHtmlInJson is the inside of JSON.stringify(escapeHtml(text))', () => {
    fc.assert(fc.property(anyText, (text) => `"${escapeHtmlInJson(text)}"` === JSON.stringify(escapeHtml(text))))
  })

  it('the body as HTML in XML and in JSON is the HTML escaped again, for any blocks', () => {
    const blocks = fc.array(fc.record({ type: fc.constantFrom<Block['type']>('p', 'h'), text: anyText }), { maxLength: 5 })
    fc.assert(
      fc.property(blocks, (body) => {
        const html = contentHtml(body)
        return contentHtmlInXml(body) === escapeXml(html) && `"${contentHtmlInJson(body)}"` === JSON.stringify(html)
      }),
    )
  })

  it('writes headings and paragraphs on their own lines', () => {
    const body: Block[] = [
      { type: 'h', text: 'Q&A' },
      { type: 'p', text: 'It\'s "done".' },
    ]
    expect(contentHtml(body)).toBe('<h2>Q&amp;A</h2>\n<p>It&#39;s &quot;done&quot;.</p>')
    expect(contentHtmlInXml(body)).toBe('&lt;h2&gt;Q&amp;amp;A&lt;/h2&gt;\n&lt;p&gt;It&amp;#39;s &amp;quot;done&amp;quot;.&lt;/p&gt;')
    expect(contentHtmlInJson(body)).toBe('<h2>Q&amp;A</h2>\\n<p>It&#39;s &quot;done&quot;.</p>')
  })

  it('long texts, with and without unsafe characters, are escaped as the rule says', () => {
    const html = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
    const xml = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
    fc.assert(
      fc.property(longText, (text) => {
        expect(text.length).toBeGreaterThanOrEqual(LONG_TEXT)
        expect(escapeHtml(text)).toBe(reference(html, text))
        expect(escapeXml(text)).toBe(reference(xml, text))
        expect(cleanText(text)).toBe(reference({}, text))
        expect(JSON.parse(jsonString(text))).toBe(reference({}, text))
        expect(escapeHtmlInXml(text)).toBe(escapeXml(reference(html, text)))
        expect(`"${escapeHtmlInJson(text)}"`).toBe(JSON.stringify(reference(html, text)))
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    ['a DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['a C0 control', '\u0001'],
    ['U+FFFD', '\ufffd'],
    ['a lone surrogate', '\ud800'],
  ])('a long text with %s loses it and keeps a surrogate pair whole', (_, unsafe) => {
    const text = `${'It\'s "news" & more. '.repeat(20)}${unsafe} 🚀 end`
    expect(text.length).toBeGreaterThan(LONG_TEXT)
    expect(escapeHtml(text)).toBe(`${'It&#39;s &quot;news&quot; &amp; more. '.repeat(20)} 🚀 end`)
  })

  it('each escaper\'s `checked` gives the same text as the escaper for a text without unsafe characters, short or long', () => {
    const escapers = { escapeHtml, escapeXml, escapeJson, escapeHtmlInJson, escapeHtmlInXml, cleanText }
    fc.assert(
      fc.property(fc.oneof(anyText, longText), (text) => {
        const clean = reference({}, text)
        for (const escape of Object.values(escapers)) expect(escape.checked(clean)).toBe(escape(clean))
      }),
      { numRuns: 300 },
    )
  })

  it('a checked body is written as the body, in HTML, XML and JSON', () => {
    const blocks = fc.array(fc.record({ type: fc.constantFrom<Block['type']>('p', 'h'), text: anyText.map((text) => reference({}, text)) }), { maxLength: 5 })
    fc.assert(
      fc.property(blocks, (body) => {
        for (const write of [contentHtml, contentHtmlInXml, contentHtmlInJson]) expect(write.checked(body)).toBe(write(body))
      }),
    )
  })

  it.each([
    ['a pair and specials', 'It\'s "5" & <b> \u{1F680}\\', 'It&#39;s &quot;5&quot; &amp; &lt;b&gt; \u{1F680}\\'],
    ['nothing to replace', 'plain words, é and £', 'plain words, é and £'],
  ])('escapeHtml.checked writes %s: %j → %j', (_, input, expected) => {
    expect(escapeHtml.checked(input)).toBe(expected)
    expect(escapeHtml.checked(input.padEnd(LONG_TEXT + 1, '.'))).toBe(expected.padEnd(expected.length + LONG_TEXT + 1 - input.length, '.'))
  })

  it('refuses a table key that is not one code unit below U+00A0', () => {
    expect(() => escaper({ ab: 'x' })).toThrow('escaper: table key "ab" is not one code unit below U+00A0')
    expect(() => escaper({ '\u00e9': 'e' })).toThrow('not one code unit below U+00A0')
  })

  it('composes tables: an inner replacement is escaped by the outer escaper', () => {
    const inner = escaper({ '<': '[lt]' })
    const outer = escaper({ '[': '(', ']': ')' })
    expect(within(inner, outer)('<[x]>')).toBe('(lt)(x)>')
    expect(escapeJson('\\')).toBe('\\\\')
  })
})
