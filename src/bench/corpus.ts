/**
 * A synthetic corpus of any size made from real text, so the build and the
 * Worker are measured on articles that read like news rather than on lorem
 * ipsum. Article i takes its headline and lead from one source article and
 * further paragraphs from others of the same category (topics stay
 * meaningful), with numbers and a few words changed so the duplicate
 * detector does not fold the recombinations together. Its date is spread
 * over two years and given in the curation file, so dates come from content,
 * never the clock. Deterministic: article i depends only on the seed and i,
 * so a larger corpus starts with the smaller one and "1% more" is the next
 * indices.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface SourceArticle {
  category: string
  headline: string
  paragraphs: string[]
}

export interface SourcePool {
  articles: SourceArticle[]
  /** Every paragraph of every article, by category. */
  paragraphs: Map<string, string[]>
}

export interface SyntheticArticle {
  /** Seed path: `<category>/<index, six digits>.txt`. */
  path: string
  text: string
  /** RFC 3339 UTC, within the two years from DATE_START. */
  published: string
  category: string
}

export const DATE_START = Date.UTC(2023, 0, 1)
const TWO_YEARS_MS = 730 * 86_400_000
/** Where the corpus's dates end (2024-12-31T00:00:00Z): articles added to it are dated after (addSeeds). */
export const DATE_END = DATE_START + TWO_YEARS_MS

/** Near-synonyms swapped both ways, about half the time each. */
const SWAPS: [string, string][] = [
  ['said', 'stated'],
  ['big', 'large'],
  ['rise', 'increase'],
  ['new', 'fresh'],
  ['help', 'assist'],
  ['show', 'reveal'],
  ['start', 'begin'],
  ['buy', 'purchase'],
  ['people', 'individuals'],
  ['firm', 'company'],
  ['government', 'administration'],
  ['film', 'movie'],
  ['game', 'match'],
  ['also', 'additionally'],
]
const SWAP = new Map(SWAPS.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]))

/** A data folder of `<category>/<name>.txt`: first line the headline, then paragraphs split by blank lines. Sorted by path. */
export function readSources(dataDir: string): SourcePool {
  const articles: SourceArticle[] = []
  for (const category of readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const name of readdirSync(join(dataDir, category)).filter((n) => n.endsWith('.txt')).sort()) {
      const [headline = '', ...rest] = readFileSync(join(dataDir, category, name), 'utf8').replace(/\r\n?/g, '\n').split('\n')
      const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0)
      if (headline.trim() && paragraphs.length > 0) articles.push({ category, headline: headline.trim(), paragraphs })
    }
  }
  const paragraphs = new Map<string, string[]>()
  for (const a of articles) paragraphs.set(a.category, [...(paragraphs.get(a.category) ?? []), ...a.paragraphs])
  return { articles, paragraphs }
}

/** mulberry32: a small, fast 32-bit PRNG, enough to pick paragraphs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticArticle(pool: SourcePool, index: number, seed = 1): SyntheticArticle {
  if (pool.articles.length === 0) throw new Error('corpus: no source articles')
  const random = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const lead = pick(pool.articles)
  const others = pool.paragraphs.get(lead.category)!
  const count = 3 + Math.floor(random() * 5)
  const paragraphs = [lead.paragraphs[0]!]
  for (let tries = 0; paragraphs.length < count && tries < count * 4; tries++) {
    const p = pick(others)
    if (!paragraphs.includes(p)) paragraphs.push(p)
  }
  const published = new Date(DATE_START + Math.floor(random() * (TWO_YEARS_MS / 60_000)) * 60_000).toISOString().replace('.000Z', 'Z')
  const vary = (text: string) =>
    text
      .replace(/\d+/g, (digits) => String(Math.floor(random() * 9 + 1)) + digits.slice(1).replace(/\d/g, () => String(Math.floor(random() * 10))))
      .replace(/\b[a-z]+\b/g, (word) => (SWAP.has(word) && random() < 0.5 ? SWAP.get(word)! : word))
  return {
    path: `${lead.category}/${String(index).padStart(6, '0')}.txt`,
    text: `${vary(lead.headline)}\n\n${paragraphs.map(vary).join('\n\n')}\n`,
    published,
    category: lead.category,
  }
}

/** seeds/catalog.json entries for these articles: the date and the outlet. */
export function curationEntries(articles: readonly Pick<SyntheticArticle, 'path' | 'published'>[]): Record<string, { published: string; source: string }> {
  return Object.fromEntries(articles.map((a) => [a.path, { published: a.published, source: 'BBC News (recombined)' }]))
}

/**
 * Lays out a seeds folder of articles [0, count): the texts (written once per
 * folder), topics.json, and a fresh catalog.json, so ids recorded by an
 * earlier build are forgotten. Articles past `count` left by an incremental
 * run are removed.
 */
export function prepareSeeds(dir: string, pool: SourcePool, count: number, topicsJson: string, seed = 1): void {
  mkdirSync(dir, { recursive: true })
  // One text at a time: 100,000 of them would hold hundreds of MB.
  const articles: Pick<SyntheticArticle, 'path' | 'published'>[] = []
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(pool, i, seed)
    articles.push({ path: a.path, published: a.published })
    const file = join(dir, a.path)
    if (existsSync(file)) continue
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, a.text)
  }
  for (let i = count; ; i++) {
    const extra = join(dir, syntheticArticle(pool, i, seed).path)
    if (!existsSync(extra)) break
    rmSync(extra)
  }
  writeFileSync(join(dir, 'topics.json'), topicsJson)
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(curationEntries(articles), null, 1) + '\n')
}

/**
 * Adds articles [from, to) to a seeds folder a build has run on, keeping what
 * it recorded in catalog.json. They are news: dated after every article of
 * the corpus (ten minutes apart from DATE_END), as a feed's new articles are,
 * so an incremental rebuild measures what a day's articles cost (packs are
 * counted from the oldest, so older packs stay as they were).
 */
export function addSeeds(dir: string, pool: SourcePool, from: number, to: number, seed = 1): void {
  const added = Array.from({ length: to - from }, (_, i) => ({
    ...syntheticArticle(pool, from + i, seed),
    published: new Date(DATE_END + (i + 1) * 600_000).toISOString().replace('.000Z', 'Z'),
  }))
  for (const a of added) {
    mkdirSync(dirname(join(dir, a.path)), { recursive: true })
    writeFileSync(join(dir, a.path), a.text)
  }
  const curation = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Record<string, object>
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ ...curation, ...curationEntries(added) }, null, 1) + '\n')
}
