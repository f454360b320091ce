/** Orderings and identity for stories, kept in one place so every caller agrees. */
import { createHash } from 'node:crypto'

interface Dated {
  id: string
  published: string
}

/** Earliest first; ties by id, so the order never depends on input order. */
export const earliestFirst = (a: Dated, b: Dated) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Newest first (the order of Story.articles); ties by id. */
export const newestFirst = (a: Dated, b: Dated) => (a.published > b.published ? -1 : a.published < b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * A story's id: 12 hex digits derived from its earliest article's id. Later
 * articles joining leave it unchanged, so story URLs stay stable as a story
 * grows; it changes only if an article published before all current members
 * joins (a late-found earlier report), which then becomes the story's root.
 */
export function storyId(members: Dated[]): string {
  const root = [...members].sort(earliestFirst)[0]
  if (!root) throw new Error('stories: a story needs at least one article')
  return createHash('sha256').update(`story:${root.id}`).digest('hex').slice(0, 12)
}
