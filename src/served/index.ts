/**
 * The served catalog: the files the build writes under `dist/site/catalog/`
 * and the Worker reads through the ASSETS binding. This file says what they
 * are (types) and where they live (paths); `write.ts` makes them, `read.ts`
 * loads them in the Worker, `search.ts` answers `q` from the search shards.
 */
import type { Topic } from '../model.ts'

export const CATALOG_PREFIX = 'catalog'

export const indexPath = (): string => `${CATALOG_PREFIX}/index.json`
export const articlePath = (id: string): string => `${CATALOG_PREFIX}/articles/${id}.json`
export const storyPath = (id: string): string => `${CATALOG_PREFIX}/stories/${id}.json`
export const searchShardPath = (key: string): string => `${CATALOG_PREFIX}/search/${key}.json`
/** The OpenAPI contract, made with the catalog so its examples answer (src/contract/). */
export const contractPath = (): string => `${CATALOG_PREFIX}/openapi.json`

/**
 * The shard a folded word is filed under: its first two characters, each
 * written as its code point in hex so every script gives a safe file name
 * ("troops" → "74-72").
 */
export function searchShardKey(word: string): string {
  return [...word].slice(0, 2).map((ch) => ch.codePointAt(0)!.toString(16)).join('-')
}


export interface ServedIndex {
  generated: string
  /** Digest of every emitted file: changes whenever any response could. */
  version: string
  /** Newest first: `published` descending, then `id` ascending. */
  articles: IndexEntry[]
  topics: TopicEntry[]
  /** Newest first: `dateEnd` descending, then `id` ascending. */
  stories: StoryEntry[]
}

export interface IndexEntry {
  id: string
  published: string
  modified: string
  topics: string[]
  story: string | null
}

export interface TopicEntry extends Topic {
  count: number
}

export interface StoryEntry {
  id: string
  dateStart: string
  dateEnd: string
  topics: string[]
}

/** One search shard: folded word → ascending positions in `ServedIndex.articles`. */
export type SearchShard = Record<string, number[]>
