/**
 * The text of an article, one function per purpose that reads it whole, so
 * that the stages, the served search index and the evals that measure them
 * all read the same text. Imports only the model's types.
 */
import type { Article, Block } from '../model.ts'

/** Each block's text, headings included, in order. */
export function blockTexts(body: Block[]): string[] {
  return body.map((b) => b.text)
}

/**
 * The body as one text, one block a line, headings included: what the
 * topics, duplicates and stories stages and language detection read.
 */
export function bodyText(article: { body: Block[] }): string {
  return blockTexts(article.body).join('\n')
}

/** The paragraphs' texts, headings left out: where summary sentences are drawn from. */
export function paragraphTexts(body: Block[]): string[] {
  return body.filter((b) => b.type === 'p').map((b) => b.text)
}

/** The words a search can find an article by: headline, standfirst, summary and body. */
export function searchableText(article: Pick<Article, 'title' | 'dek' | 'summary' | 'body'>): string {
  return [article.title, article.dek ?? '', article.summary, ...blockTexts(article.body)].join('\n')
}
