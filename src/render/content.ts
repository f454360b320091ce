/** An article body as HTML and as plain text, the two forms every format carries. */
import type { Block } from '../model.ts'
import { escapeHtml } from './html-escape.ts'
import { removeUnsafeChars } from './unsafe-chars.ts'

/** Paragraphs become `<p>`, section headings `<h2>` (the article title is the page's `<h1>`). */
export function contentHtml(body: Block[]): string {
  return body.map((b) => (b.type === 'h' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p>${escapeHtml(b.text)}</p>`)).join('\n')
}

/** Blocks joined by blank lines. */
export function contentText(body: Block[]): string {
  return removeUnsafeChars(body.map((b) => b.text).join('\n\n'))
}
