/**
 * Text in feeds: what XML leaves of a text-bearing element, and plain text
 * from HTML. The parsers keep title, description and content elements raw
 * (fast-xml-parser stopNodes, xml.ts), because their HTML may arrive escaped
 * (`&lt;p&gt;`), in CDATA, or as bare markup: `xmlText` turns all three into
 * the HTML they mean; htmlparser2 (the parser sanitize-html uses) reads HTML
 * entities, tags and all, where regular expressions would not.
 */
import { Parser } from 'htmlparser2'

/** XML 1.0 §4.6 predefined entities and character references; HTML entities are left for the HTML parser. */
const XML_ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decodeXmlEntities(text: string): string {
  return text.replace(XML_ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return PREDEFINED[name]!
    const code = dec ? Number(dec) : parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole
  })
}

/**
 * The text an element's raw inner XML stands for: CDATA sections as they are
 * (XML 1.0 §2.7), the rest with its XML entities decoded. Bare markup stays
 * markup, so the result is the element's HTML whichever way it was written.
 */
export function xmlText(raw: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const open = raw.indexOf('<![CDATA[', at)
    if (open < 0) break
    const close = raw.indexOf(']]>', open + 9)
    out += decodeXmlEntities(raw.slice(at, open)) + raw.slice(open + 9, close < 0 ? raw.length : close)
    if (close < 0) return out
    at = close + 3
  }
  return out + decodeXmlEntities(raw.slice(at))
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object'])

/** Plain text of HTML (a title, an author), entities decoded, tags and scripts gone, white space collapsed. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim()
  let text = ''
  let skipping = 0
  const parser = new Parser(
    {
      onopentagname: (name) => void (SKIPPED.has(name) && skipping++),
      onclosetag: (name) => void (SKIPPED.has(name) && skipping--),
      ontext: (t) => void (skipping === 0 && (text += t)),
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return text.replace(/\s+/g, ' ').trim()
}

/** Plain text as HTML, one paragraph per blank-line-separated block (JSON Feed content_text, Atom type="text"). */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('')
}
