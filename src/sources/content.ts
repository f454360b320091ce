/**
 * A feed item's HTML to the plain blocks every article has (model.ts Block):
 * paragraphs and section headings. First sanitize-html, a maintained
 * allowlist sanitiser (on htmlparser2), keeps only the elements that carry
 * text, and drops scripts, styles, forms, embeds and every attribute; then
 * the allowed elements are read into blocks: a heading element is a heading,
 * every other block element (p, li, blockquote, div, td, br…) ends a paragraph.
 * The order is a rule, as in Miniflux: nothing reads the HTML before the
 * sanitiser has run. Entities are decoded by the parser, white space collapsed.
 */
import { Parser } from 'htmlparser2'
import sanitizeHtml from 'sanitize-html'
import type { Block } from '../model.ts'

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const BLOCKS = new Set([
  ...HEADINGS, 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'br', 'hr', 'table', 'tr', 'td', 'th',
  'caption', 'figure', 'figcaption', 'section', 'article', 'aside', 'header', 'footer', 'address',
])
const INLINE = ['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCKS, ...INLINE],
  allowedAttributes: {},
  // Elements whose text is no part of the article: dropped with their contents.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'button', 'select', 'nav', 'form'],
  disallowedTagsMode: 'discard',
}

export function htmlToBlocks(html: string): Block[] {
  const clean = sanitizeHtml(html, SANITIZE)
  const blocks: Block[] = []
  let text = ''
  let heading = 0
  const flush = (type: Block['type']) => {
    const t = text.replace(/\s+/g, ' ').trim()
    if (t) blocks.push({ type, text: t })
    text = ''
  }
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (!BLOCKS.has(name)) return
        flush(heading > 0 ? 'h' : 'p')
        if (HEADINGS.has(name)) heading++
      },
      onclosetag: (name) => {
        if (!BLOCKS.has(name)) return
        flush(heading > 0 ? 'h' : 'p')
        if (HEADINGS.has(name)) heading--
      },
      ontext: (t) => void (text += t),
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(clean)
  parser.end()
  flush('p')
  return blocks
}
