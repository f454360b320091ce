/**
 * An article's web page to the kind of text the Clean stage reads
 * (src/pipeline/clean.ts: "the text a reader gets by copying a whole web
 * page"): one line per block, a blank line after each paragraph-level block,
 * table cells separated by tabs (clean/lines.ts counts them as cells), and
 * nothing a browser would not show as text. htmlparser2 (the parser
 * sanitize-html uses) reads the tags and decodes the entities; only the
 * block structure is decided here. Deciding which lines are the article and
 * which are menus, share bars and footers is the cleaner's job, not this one's.
 *
 * Bytes to text follow the HTML Standard's order of trust (§13.2.3.2,
 * "determining the character encoding"): a byte order mark, then the HTTP
 * Content-Type charset, then a `<meta charset>` or `<meta http-equiv
 * content-type>` in the first 1024 bytes, else UTF-8 (windows-1252 when the
 * bytes are not UTF-8, as for feeds and seeds).
 */
import { Parser } from 'htmlparser2'
import { charsetOf } from './encoding.ts'

/**
 * Elements whose content is never article text: not rendered (head, script,
 * style, template…), controls, embeds, and `nav`, which the HTML Standard
 * defines as "a section with navigation links".
 */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'audio', 'video', 'form', 'button', 'select', 'option', 'textarea', 'dialog',
])
/** Blocks after which a blank line follows: the paragraph-level ones. */
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'table', 'ul', 'ol', 'dl', 'address',
  'article', 'section', 'header', 'footer', 'aside', 'main', 'hr',
])
/** Blocks that end a line without a blank one: items of a list, rows, line breaks, generic boxes. */
const LINES = new Set(['div', 'li', 'dt', 'dd', 'tr', 'br', 'figcaption', 'caption', 'summary', 'details', 'body', 'center'])
const CELLS = new Set(['td', 'th'])

export function pageToText(html: string): string {
  const out: string[] = []
  let line = ''
  let pending: 0 | 1 | 2 = 0
  let dropped = 0
  let pre = 0
  const flush = (gap: 1 | 2) => {
    const text = line
      .split('\t')
      .map((cell) => cell.replace(/ +/g, ' ').trim())
      .filter(Boolean)
      .join('\t')
    line = ''
    if (text) {
      if (out.length > 0) out.push(pending === 2 ? '\n\n' : '\n')
      out.push(text)
      pending = 0
    }
    if (out.length > 0 && gap > pending) pending = gap
  }
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        // The HTML Standard's `hidden` attribute: "the element is not yet, or is no longer, directly relevant".
        if (dropped > 0 || DROPPED.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true') {
          dropped++
          return
        }
        if (PARAGRAPHS.has(name)) flush(2)
        else if (LINES.has(name)) flush(1)
        if (name === 'pre') pre++
      },
      onclosetag: (name) => {
        if (dropped > 0) {
          dropped--
          return
        }
        if (CELLS.has(name)) line += '\t'
        else if (PARAGRAPHS.has(name)) flush(2)
        else if (LINES.has(name)) flush(1)
        if (name === 'pre') pre--
      },
      ontext: (text) => {
        if (dropped > 0) return
        if (pre === 0) {
          line += text.replace(/\s+/g, ' ')
          return
        }
        // Preformatted text keeps its own lines.
        const [first, ...rest] = text.split(/\r\n|\r|\n/)
        line += first!.replace(/[ \t]+/g, ' ')
        for (const next of rest) {
          flush(1)
          line = next.replace(/[ \t]+/g, ' ')
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  flush(1)
  return out.join('') + (out.length ? '\n' : '')
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null
  try {
    return new TextDecoder(label.trim().toLowerCase())
  } catch {
    return null
  }
}

/** A page's bytes as text, by the order of trust above. */
export function decodePageBytes(bytes: Uint8Array, contentType: string | null): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(encoding).decode(bytes.subarray(bom.length))
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const decoder = decoderFor(charsetOf(contentType)) ?? decoderFor(META_CHARSET.exec(head)?.[1] ?? null)
  if (decoder) return decoder.decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Whether a Content-Type names an HTML page (or says nothing, when the body is taken for HTML). */
export function isHtmlType(contentType: string | null): boolean {
  if (!contentType) return true
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  return type === 'text/html' || type === 'application/xhtml+xml'
}
