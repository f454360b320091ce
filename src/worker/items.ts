/**
 * Filtered feeds and lists answered from kept items (src/served/index.ts):
 * the envelope is rendered per request, the items are the build's bytes
 * with the site's values put in. That holds when the catalog kept items and
 * the site's values come out of every escaper unchanged (answers.ts
 * `fillsExactly`); otherwise the handler renders the items itself, into the
 * same envelope, and the bytes are the same.
 */
import type { Envelope } from '../render/feed-model.ts'
import { filledLength, fillInto, fillsExactly, type SiteBytes, siteBytes } from '../served/answers.ts'
import type { ItemFormat, ItemList } from '../served/index.ts'
import { type KeptItems, loadItems } from '../served/item-packs.ts'
import type { ServedCatalog } from '../served/read.ts'
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
  return loadItems(assets, catalog, list, format, positions)
}

/**
 * A body put together from an envelope and kept items, and what determines
 * its bytes (http.ts `validator`): the envelope, the site's values and each
 * item's digest.
 */
export function assembleKept(envelope: Envelope, kept: KeptItems, site: Site): { body: Uint8Array; validator: string } {
  const validator = [envelope.head, envelope.separator, envelope.tail, JSON.stringify(site), ...kept.digests].join('\n')
  return { body: keptBytes(envelope, kept, siteBytes(site)), validator }
}

/**
 * `assemble` (feed-model.ts) over kept items, each written straight into
 * the body with the site's values put in: one allocation per answer. A
 * filled copy of each item first, then the body, doubled the bytes a page of
 * 100 allocated, and with them the garbage collection in its slowest requests.
 */
export function keptBytes(envelope: Envelope, kept: KeptItems, values: SiteBytes): Uint8Array {
  const head = utf8.encode(envelope.head)
  const separator = utf8.encode(envelope.separator)
  const tail = utf8.encode(envelope.tail)
  let length = head.length + tail.length + separator.length * Math.max(0, kept.items.length - 1)
  for (const item of kept.items) length += filledLength(item.bytes, item.fills, values)
  const out = new Uint8Array(length)
  out.set(head, 0)
  let at = head.length
  kept.items.forEach((item, n) => {
    if (n > 0) {
      out.set(separator, at)
      at += separator.length
    }
    at = fillInto(out, at, item.bytes, item.fills, values)
  })
  out.set(tail, at)
  return out
}

const utf8 = new TextEncoder()
