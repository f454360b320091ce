/**
 * Sparse fieldsets for the API lists (`fields=`, params.ts): the field names
 * each list's items have, in the order they are written, and the picking.
 * Plain data, so the Worker needs no schema library; a test holds these lists
 * to the zod schemas in src/contract/schemas.ts.
 */

export const ARTICLE_FIELDS = [
  'id',
  'url',
  'external_url',
  'title',
  'summary',
  'content_text',
  'content_html',
  'authors',
  'source',
  'date_published',
  'date_modified',
  'topics',
  'tags',
  'seed',
  'duplicates',
  'outlets',
  'story',
  'word_count',
  'language',
] as const

export const STORY_FIELDS = [
  'id',
  'url',
  'title',
  'summary',
  'articles',
  'article_count',
  'sources',
  'unnamed_sources',
  'topics',
  'date_start',
  'date_end',
  'claims',
] as const

/** The item with only the named fields, in the item's own order; the whole item when none are named. */
export function pickFields<T extends object>(item: T, fields: readonly string[]): Partial<T> {
  if (fields.length === 0) return item
  return Object.fromEntries(Object.entries(item).filter(([name]) => fields.includes(name))) as Partial<T>
}
