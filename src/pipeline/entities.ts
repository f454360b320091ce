/**
 * Entity tags: people, places and organisations under one canonical
 * spelling each. `extractEntities` reads one article; `canonicalizeEntities`
 * then makes spellings agree across the whole corpus.
 */
import type { Block, Entity } from '../model.ts'
import { articleEntities } from './entities/article.ts'

export { canonicalizeEntities } from './entities/corpus.ts'
export { slugify } from './entities/names-key.ts'

/** An article's entities, most salient first (mentions, then presence in the title). */
export function extractEntities(input: { title: string; body: Block[] }): Entity[] {
  return articleEntities(input)
}
