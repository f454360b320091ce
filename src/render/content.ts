/** An article body as HTML and as plain text, the two forms every format carries. */
import type { Article, Block } from '../model.ts'
import { escapeHtml } from './html-escape.ts'
import { removeUnsafeChars } from './unsafe-chars.ts'
import { safeExternalUrl } from './urls.ts'

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

/** The same as a line of text: "Read at Reuters: https://…". */
export function readAtText(a: Pick<Article, 'source' | 'externalUrl'>): string {
  const link = readAt(a)
  return link ? removeUnsafeChars(`\n\n${link.label}: ${link.url}`) : ''
}

/** Paragraphs become `<p>`, section headings `<h2>` (the article title is the page's `<h1>`). */
export function contentHtml(body: Block[]): string {
  return body.map((b) => (b.type === 'h' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`)).join('\n')
}

/** Blocks joined by blank lines. */
export function contentText(body: Block[]): string {
  return removeUnsafeChars(body.map((b) => b.text).join('\n\n'))
}
