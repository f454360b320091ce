/**
 * Where each part of the served catalog lives, relative to the static-assets
 * root (`dist/site`). Shared by the build, which writes these files, and the
 * Worker, which fetches them through the ASSETS binding.
 */

export const CATALOG_PREFIX = 'catalog'

export const indexPath = (): string => `${CATALOG_PREFIX}/index.json`
export const articlePath = (id: string): string => `${CATALOG_PREFIX}/articles/${id}.json`
export const storyPath = (id: string): string => `${CATALOG_PREFIX}/stories/${id}.json`
export const searchShardPath = (key: string): string => `${CATALOG_PREFIX}/search/${key}.json`

/**
 * The shard a folded word is filed under: its first two characters, each
 * written as its code point in hex so every script gives a safe file name
 * ("troops" → "74-72").
 */
export function searchShardKey(word: string): string {
  return [...word].slice(0, 2).map((ch) => ch.codePointAt(0)!.toString(16)).join('-')
}
