/**
 * The requests the cpu and load sections send: every route in the route
 * table with its example filled from the catalog being measured, then the
 * heavy cases a user meets, filtered queries with limit=100. Non-canonical
 * URLs are resolved to the canonical one before sampling (check.ts answers
 * 301 otherwise), so what is measured is the answer, not the redirect.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { indexPath, type ServedIndex } from '../served/index.ts'
import { exampleValues, fillExample } from '../worker/examples.ts'
import { ROUTES } from '../worker/routes.ts'

export interface BenchRoute {
  /** What the tables call it: the route's path template, or the query for the extra cases. */
  label: string
  /** The URL path and query sent. */
  url: string
}

/** A word common in news text, for `q`. */
export const COMMON_WORD = 'government'
/** A word fewer articles hold, so its matches are spread over many packs. */
export const RARER_WORD = 'troops'

/** The filtered list of 100 a user meets most: one topic. */
export const TOPIC_FILTER_LABEL = 'topic filter, limit=100'

/**
 * The first requests of an isolate the cpu section measures, each in fresh
 * processes: liveness (it loads the catalog index), a kept answer (one
 * fetch), and a filtered list of 100 (the index, a pack, rendering).
 */
export function coldUrls(routes: BenchRoute[]): string[] {
  return ['/healthz', '/feed.xml', ...routes.filter((r) => r.label === TOPIC_FILTER_LABEL).map((r) => r.url)]
}

export function benchRoutes(site: string): BenchRoute[] {
  const index = JSON.parse(readFileSync(join(site, indexPath()), 'utf8')) as ServedIndex
  const values = exampleValues(index)
  const topic = encodeURIComponent(values.topic)
  return [
    ...ROUTES.map((r) => ({ label: r.path, url: fillExample(r.example, values) })),
    { label: TOPIC_FILTER_LABEL, url: `/api/articles?topic=${topic}&limit=100` },
    { label: `q=${COMMON_WORD}, limit=100`, url: `/api/articles?q=${COMMON_WORD}&limit=100` },
    { label: `q=${RARER_WORD}, limit=100`, url: `/api/articles?q=${RARER_WORD}&limit=100` },
    { label: 'all-articles RSS, limit=100', url: '/feed.xml?limit=100' },
    { label: 'topic JSON Feed, limit=100', url: `/topics/${topic}/feed.json?limit=100` },
    { label: 'stories Atom by topic, limit=100', url: `/stories/atom.xml?topic=${topic}&limit=100` },
    { label: 'API stories by topic, limit=100', url: `/api/stories?topic=${topic}&limit=100` },
    { label: 'home page, no query', url: '/' },
    // No query: kept answers (src/served/answers.ts), one fetch and no rendering.
    { label: 'all-articles RSS, no query', url: '/feed.xml' },
    { label: 'topic JSON Feed, no query', url: `/topics/${topic}/feed.json` },
    { label: 'API articles, no query', url: '/api/articles' },
  ]
}
