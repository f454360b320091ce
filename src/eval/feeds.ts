/**
 * Feed parsing against a careful reference parser, on real-world feeds
 * (feeds-dev: the test inputs of two feed-parser projects). Every file is
 * read by Gazette's parser (src/sources/parse.ts) and by
 * @rowanmanning/feed-parser (RSS and Atom; a JSON Feed is compared with
 * nothing), from the same decoded text, so the figures are about parsing,
 * not decoding. Items are matched by id, else link, else title (both sides
 * keep document order), and each matched pair is compared on its title (white
 * space collapsed), link and publication date (to the second). The notes
 * print one row per feed and every disagreement, for a person to judge which
 * side is right: the reference is careful, not an oracle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseFeed as referenceParse } from '@rowanmanning/feed-parser'
import type { FeedItem } from '../model.ts'
import { decodeFeedBytes } from '../sources/encoding.ts'
import { parseFeed } from '../sources/parse.ts'
import type { EvalReport, Evaluator } from './types.ts'

const FEED_FILE = /\.(rss|atom|rdf|xml|html?)$/i
const MAX_EXAMPLES = 5

function feedFiles(dir: string, depth = 0): string[] {
  if (depth > 1) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return feedFiles(path, depth + 1)
      return FEED_FILE.test(name) ? [path] : []
    })
}

interface RefItem {
  id: string | null
  title: string | null
  url: string | null
  published: string | null
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s)
const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
const iso = (d: Date | null | undefined) => (d && !Number.isNaN(d.getTime()) ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null)

interface FeedComparison {
  file: string
  ours: string
  reference: string
  oursItems: number
  refItems: number
  matched: number
  titles: number
  links: number
  datesCompared: number
  dates: number
  differences: string[]
}

function match(ours: FeedItem[], refs: RefItem[]): [FeedItem, RefItem][] {
  const used = new Set<FeedItem>()
  const pairs: [FeedItem, RefItem][] = []
  for (const ref of refs) {
    const candidates = ours.filter((o) => !used.has(o))
    const found =
      (ref.id && candidates.find((o) => o.guid === ref.id)) ||
      (ref.url && candidates.find((o) => o.url === ref.url)) ||
      (ref.title && candidates.find((o) => collapse(o.title) === collapse(ref.title))) ||
      null
    if (found) {
      used.add(found)
      pairs.push([found, ref])
    }
  }
  return pairs
}

function compareFile(root: string, path: string): FeedComparison {
  const file = relative(root, path)
  const bytes = readFileSync(path)
  const { text } = decodeFeedBytes(bytes)
  let ours: FeedItem[] | null = null
  let oursLabel: string
  try {
    const feed = parseFeed(bytes)
    ours = feed.items
    oursLabel = `${feed.format} ${feed.version}`.trim()
  } catch (error) {
    oursLabel = `error: ${clip(JSON.stringify((error as Error).message).slice(1, -1))}`
  }
  let refs: RefItem[] | null = null
  let refLabel: string
  try {
    const feed = referenceParse(text)
    refs = feed.items.map((i) => ({ id: i.id, title: i.title, url: i.url, published: iso(i.published ?? i.updated) }))
    refLabel = 'parsed'
  } catch (error) {
    refLabel = `error: ${clip(JSON.stringify((error as Error).message.split('\n')[0]).slice(1, -1))}`
  }
  const result: FeedComparison = { file, ours: oursLabel, reference: refLabel, oursItems: ours?.length ?? 0, refItems: refs?.length ?? 0, matched: 0, titles: 0, links: 0, datesCompared: 0, dates: 0, differences: [] }
  if (!ours || !refs) return result
  const pairs = match(ours, refs)
  result.matched = pairs.length
  for (const [o, r] of pairs) {
    const label = JSON.stringify(collapse(r.title ?? o.title).slice(0, 60))
    if (collapse(o.title) === collapse(r.title)) result.titles++
    else result.differences.push(`title of ${label}: ours ${JSON.stringify(o.title)}, reference ${JSON.stringify(collapse(r.title))}`)
    // A relative reference link is the same link when it resolves to ours (Gazette resolves links; the reference may not).
    if (o.url === r.url || (o.url !== null && r.url !== null && resolvesTo(r.url, o.url))) result.links++
    else result.differences.push(`link of ${label}: ours ${o.url}, reference ${r.url}`)
    if (r.published) {
      result.datesCompared++
      if (o.published === r.published) result.dates++
      else result.differences.push(`date of ${label}: ours ${o.published}, reference ${r.published}`)
    }
  }
  if (ours.length !== refs.length) result.differences.unshift(`items: ours ${ours.length}, reference ${refs.length} (${pairs.length} matched)`)
  return result
}

function resolvesTo(relativeUrl: string, absolute: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relativeUrl)) return false
  try {
    return new URL(relativeUrl, absolute).href === absolute
  } catch {
    return false
  }
}

const share = (n: number, of: number) => (of === 0 ? 1 : n / of)

export const feedsEvaluator: Evaluator = {
  name: 'feeds',
  accepts(dir) {
    // Feed files in the folder or one folder down, and a good number of them: not the page dumps of extraction-dev (.txt).
    try {
      return feedFiles(dir).filter((f) => !/\.html?$/i.test(f)).length >= 5
    } catch {
      return false
    }
  },
  async run(dir) {
    const results = feedFiles(dir).map((path) => compareFile(dir, path))
    const both = results.filter((r) => !r.ours.startsWith('error') && r.reference === 'parsed')
    const sum = (f: (r: FeedComparison) => number, list = both) => list.reduce((n, r) => n + f(r), 0)
    const rows = [
      { metric: 'feeds', value: results.length },
      { metric: 'feeds parsed: Gazette', value: results.filter((r) => !r.ours.startsWith('error')).length, baseline: results.filter((r) => r.reference === 'parsed').length },
      { metric: 'feeds both parse', value: both.length },
      { metric: 'feeds with the same item count (of both parsed)', value: share(both.filter((r) => r.oursItems === r.refItems).length, both.length) },
      { metric: 'items: Gazette / reference', value: sum((r) => r.oursItems), baseline: sum((r) => r.refItems) },
      { metric: 'reference items matched', value: share(sum((r) => r.matched), sum((r) => r.refItems)) },
      { metric: 'titles agree (of matched)', value: share(sum((r) => r.titles), sum((r) => r.matched)) },
      { metric: 'links agree (of matched)', value: share(sum((r) => r.links), sum((r) => r.matched)) },
      { metric: 'dates agree (of matched with a reference date)', value: share(sum((r) => r.dates), sum((r) => r.datesCompared)) },
    ]
    const table = [
      '| feed | Gazette | reference | items (Gazette / ref) | titles | links | dates |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...results.map((r) => `| ${r.file} | ${r.ours.replace(/\|/g, '\\|')} | ${r.reference.replace(/\|/g, '\\|')} | ${r.oursItems} / ${r.refItems} | ${r.titles}/${r.matched} | ${r.links}/${r.matched} | ${r.dates}/${r.datesCompared} |`),
    ].join('\n')
    const differences = results
      .filter((r) => r.differences.length)
      .map((r) => `- ${r.file}: ${r.differences.slice(0, MAX_EXAMPLES).join('; ')}${r.differences.length > MAX_EXAMPLES ? `; … ${r.differences.length - MAX_EXAMPLES} more` : ''}`)
      .join('\n')
    return {
      title: `Feed parsing (${relative(join(dir, '..'), dir)}, ${results.length} files)`,
      baselineName: '@rowanmanning/feed-parser',
      rows,
      notes: [table, differences ? `Disagreements (items matched by id, else link, else title):\n\n${differences}` : 'No disagreements.'],
    } satisfies EvalReport
  },
}
