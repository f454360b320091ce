import { describe, expect, it } from 'vitest'
import { decodePageBytes, isHtmlType, pageToText } from '../../../src/sources/page-text.ts'

describe('pageToText', () => {
  it.each([
    ['paragraphs, with a blank line between them', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.\n'],
    ['a heading and a paragraph', '<h2>Title</h2><p>Text.</p>', 'Title\n\nText.\n'],
    ['list items, one line each, the list a paragraph', '<p>Before.</p><ul><li>a</li><li>b</li></ul><p>After.</p>', 'Before.\n\na\nb\n\nAfter.\n'],
    ['divs and line breaks end a line', '<div>one</div><div>two<br>three</div>', 'one\ntwo\nthree\n'],
    ['inline elements stay in their line, white space collapsed', '<p>A  <b>bold</b>\n <a href="/x">link</a> here.</p>', 'A bold link here.\n'],
    ['entities decoded', '<p>Caf&eacute; &amp; bar &mdash; &#8220;hi&#8221;</p>', 'Café & bar — “hi”\n'],
    ['script, style, nav, head, forms and templates dropped', '<head><title>T</title></head><script>var a = "x"</script><style>p{}</style><nav><a>Home</a></nav><form><button>Go</button></form><template><p>t</p></template><p>Kept.</p>', 'Kept.\n'],
    ['hidden and aria-hidden elements dropped', '<p hidden>Secret.</p><div aria-hidden="true">Icon</div><p>Shown.</p>', 'Shown.\n'],
    ['table cells separated by tabs, a row per line', '<table><tr><th>City</th><th>Rain</th></tr><tr><td>Oslo</td><td>12 mm</td></tr></table>', 'City\tRain\nOslo\t12 mm\n'],
    ['preformatted text keeps its lines', '<pre>line 1\nline 2</pre><p>Next.</p>', 'line 1\nline 2\n\nNext.\n'],
    ['an unclosed paragraph ends at the next', '<p>One<p>Two', 'One\n\nTwo\n'],
    ['nothing to show', '<html><body><nav><a>Home</a></nav></body></html>', ''],
  ])('%s', (_name, html, text) => {
    expect(pageToText(html)).toBe(text)
  })
})

describe('decodePageBytes', () => {
  const cafe1252 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]) // "Café" in windows-1252
  const meta = (charset: string, body: number[]) => Uint8Array.from([...Buffer.from(`<meta charset="${charset}"><p>`), ...body])
  it.each([
    ['a UTF-8 byte order mark over the header', Uint8Array.from([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]), 'text/html; charset=windows-1251', 'Café'],
    ['the header charset', cafe1252, 'text/html; charset=windows-1252', 'Café'],
    ['the header over a <meta charset>', meta('utf-8', [0xe9]), 'text/html; charset=iso-8859-1', '<meta charset="utf-8"><p>é'],
    ['a <meta charset> without a header charset', meta('windows-1251', [0xe9]), 'text/html', '<meta charset="windows-1251"><p>й'],
    ['UTF-8 by default', Uint8Array.from([0x43, 0x61, 0x66, 0xc3, 0xa9]), null, 'Café'],
    ['windows-1252 when the bytes are not UTF-8', cafe1252, null, 'Café'],
  ])('%s', (_name, bytes, contentType, text) => {
    expect(decodePageBytes(bytes, contentType)).toBe(text)
  })
})

describe('isHtmlType', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['application/xhtml+xml', true],
    ['TEXT/HTML', true],
    [null, true],
    ['application/pdf', false],
    ['image/png', false],
  ])('%s is HTML: %s', (type, html) => {
    expect(isHtmlType(type)).toBe(html)
  })
})
