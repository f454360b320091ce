/** An article body as HTML and as plain text, the two forms every format carries. */
import type { Article, Block } from '../model.ts'
import type { Escaper } from './escaper.ts'
import { escapeHtml } from './html-escape.ts'
import { escapeHtmlInJson, escapeJson } from './json-escape.ts'
import { removeUnsafeChars } from './unsafe-chars.ts'
import { safeExternalUrl } from './urls.ts'
import { escapeHtmlInXml, escapeXml } from './xml-escape.ts'

/** What readers are shown for an article whose outlet is not known (never its seed's file name). */
export const UNKNOWN_OUTLET = 'Outlet unknown'

/**
 * Where to read the original: its address, and the outlet's name, or the
 * address's host when the outlet is not named ("Read at www.example.org" says
 * where the link goes). Null without a safe http(s) address.
 */
export function readAt(a: Pick<Article, 'source' | 'externalUrl'>): { url: string; label: string } | null {
  const url = safeExternalUrl(a.externalUrl)
  if (!url) return null
  return { url, label: `Read at ${a.source ?? new URL(url).host}` }
}

/** The same as an HTML paragraph, appended to every feed item's content; empty without an address. */
export function readAtHtml(a: Pick<Article, 'source' | 'externalUrl'>): string {
  const link = readAt(a)
  return link ? `\n<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` : ''
}

/**
 * Writes a body as HTML for an output language: `text` escapes a block's
 * text for HTML and that language at once, `markup` escapes the tags for the
 * language, once, here. So HTML inside XML or inside a JSON string costs one
 * pass over the text, not one to make the HTML and one to escape it again.
 */
function bodyWriter(text: Escaper, markup: (s: string) => string): BodyWriter {
  const [p, pEnd, h2, h2End, newline] = ['<p>', '</p>', '<h2>', '</h2>', '\n'].map(markup) as [string, string, string, string, string]
  const write = (escape: (s: string) => string) => (body: Block[]) => {
    let out = ''
    for (let i = 0; i < body.length; i++) {
      const b = body[i]!
      if (i > 0) out += newline
      out += b.type === 'h' ? h2 + escape(b.text) + h2End : p + escape(b.text) + pEnd
    }
    return out
  }
  return Object.assign(write(text), { checked: write(text.checked) })
}

/** A body writer, and the same for a body the build checked (model.ts `Article.checked`; escaper.ts `Escaper.checked`). */
export interface BodyWriter {
  (body: Block[]): string
  readonly checked: (body: Block[]) => string
}

/** Paragraphs become `<p>`, section headings `<h2>` (the article title is the page's `<h1>`); blocks on their own lines. */
export const contentHtml: BodyWriter = bodyWriter(escapeHtml, (s) => s)

/** `escapeXml(contentHtml(body))`: the HTML as XML text (RSS content:encoded, Atom content type="html"). */
export const contentHtmlInXml: BodyWriter = bodyWriter(escapeHtmlInXml, escapeXml)

/** `contentHtml(body)` as the inside of a JSON string literal (JSON Feed content_html), without its quotes. */
export const contentHtmlInJson: BodyWriter = bodyWriter(escapeHtmlInJson, escapeJson)

/** Blocks joined by blank lines. */
export function contentText(body: Block[]): string {
  return removeUnsafeChars(body.map((b) => b.text).join('\n\n'))
}
