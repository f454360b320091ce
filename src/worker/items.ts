/**
 * Filtered feeds and lists answered from kept items (src/served/index.ts):
 * the envelope is rendered per request, the items are the build's bytes
 * with the site's values put in. That holds when the catalog kept items and
 * the site's values come out of every escaper unchanged (answers.ts
 * `fillsExactly`); otherwise the handler renders the items itself, into the
 * same envelope, and the bytes are the same.
 */
import { assembleBytes, type Envelope } from '../render/feed-model.ts'
import { fillsExactly } from '../served/answers.ts'
import type { ItemFormat, ItemList } from '../served/index.ts'
import { type KeptItems, loadItems, type ServedCatalog } from '../served/read.ts'
import type { Site } from './env.ts'

/** The kept items at these positions, or undefined when they cannot be used. */
export async function keptItems(
  assets: Fetcher,
  catalog: ServedCatalog,
  site: Site,
  list: ItemList,
  format: ItemFormat,
  positions: number[],
): Promise<KeptItems | undefined> {
  if (!catalog.index.items || !fillsExactly(site)) return undefined
  return loadItems(assets, list, format, positions, site)
}

/**
 * A body put together from an envelope and kept items, and what determines
 * its bytes (http.ts `validator`): the envelope, the site's values and each
 * item's digest.
 */
export function assembleKept(envelope: Envelope, kept: KeptItems, site: Site): { body: Uint8Array; validator: string } {
  const validator = [envelope.head, envelope.separator, envelope.tail, JSON.stringify(site), ...kept.digests].join('\n')
  return { body: assembleBytes(envelope, kept.bytes), validator }
}
