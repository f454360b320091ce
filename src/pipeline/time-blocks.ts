/**
 * Time blocks: the unit in which corpus decisions settle. A block is a UTC
 * calendar month of `published` ("2024-07"). The corpus stages whose
 * decisions rest on statistics of the whole corpus (topics' learnt models,
 * canonical entity spellings, stories' word weights and clusters) decide a
 * block's articles from that block and the blocks before it only. So an
 * article's topics, entities and story do not change when later articles
 * arrive (a feed reader has already shown it), and a rebuild that adds
 * articles to the newest block redoes that block alone while staying
 * byte-identical to a full build of the same seeds.
 */
import { byCodeUnits } from '../order.ts'
import { contentKey } from '../served/sink.ts'

/** The block of an RFC 3339 UTC date (`YYYY-MM-DDTHH:MM:SSZ`, as every model date is): its year and month. */
export function blockOf(published: string): string {
  if (!/^\d{4}-\d{2}-/.test(published)) throw new Error(`time blocks: "${published}" is not a model date (YYYY-MM-DDTHH:MM:SSZ)`)
  return published.slice(0, 7)
}

/** Indices of `items` grouped by block, oldest block first; within a block, in input order. */
export function blocksInOrder<T extends { published: string }>(items: readonly T[]): { block: string; members: number[] }[] {
  const byBlock = new Map<string, number[]>()
  items.forEach((item, i) => {
    const block = blockOf(item.published)
    const members = byBlock.get(block)
    if (members) members.push(i)
    else byBlock.set(block, [i])
  })
  return [...byBlock]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([block, members]) => ({ block, members }))
}

/**
 * One digest per block of what it and every earlier block hold: block k's is
 * a hash of block k-1's and the keys of block k's members (sorted, so input
 * order does not matter). A rebuild whose block k has the digest a previous
 * build saved for k can keep that build's decisions for blocks up to k.
 */
export function chainDigests(blocks: readonly { block: string; members: readonly number[] }[], keyOf: (index: number) => string): string[] {
  let previous = ''
  return blocks.map(({ block, members }) => (previous = contentKey(previous, block, ...members.map(keyOf).sort(byCodeUnits))))
}
