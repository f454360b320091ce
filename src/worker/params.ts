/**
 * Every query parameter Gazette accepts, in one schema: how each is parsed
 * and validated, how it is written in the canonical URL, where it is allowed,
 * and its documentation (served at /api). Routes never read the query
 * themselves.
 *
 * Canonical URLs: parameters in schema order, topic lists lower-cased, sorted
 * and deduplicated, search words as typed (case, accents and order kept, so
 * pages and feed titles show them so) but without punctuation or repeats,
 * dates normalised, default values dropped. A request whose query differs from its canonical form is
 * redirected there, so equivalent queries share one self link, one ETag and
 * one cache entry.
 */
import { foldWords } from '../text/fold.ts'
import { type Cursor, encodeCursor, parseCursor } from './cursor.ts'
import { type Bound, formatDate, parseDate } from './dates.ts'
import { Invalid } from './invalid.ts'

/**
 * Where a parameter is accepted: the all-articles and story feeds, the
 * per-topic feeds and topic pages, the API lists (articles, stories), the
 * home and stories pages, the embed pages (all articles, one topic), and
 * single resources (an article, a story, the topic list), which take none. Story routes take the same parameters as
 * their article counterparts; how each applies to a story is in its
 * description (and in select.ts).
 */
export type Scope = 'feed' | 'topic-feed' | 'list' | 'page' | 'item' | 'embed' | 'topic-embed'

/** How an embed page is coloured: after the host's preference (prefers-color-scheme), or fixed. */
export type Theme = 'auto' | 'light' | 'dark'
const THEMES: readonly Theme[] = ['auto', 'light', 'dark']

/** A search: the words as typed, and what matching uses (folded, each once, sorted). */
export interface Search {
  /** "North Korea": the words in the user's order, case and accents, one space apart. */
  typed: string
  /** ["korea", "north"] */
  words: string[]
}

export interface Filters {
  topic: string[]
  exclude: string[]
  q: Search
  since: Bound | null
  until: Bound | null
  limit: number
  cursor: Cursor | null
  /** API lists: the item fields to send, sorted; empty for whole items. */
  fields: string[]
  /** Embed pages: colours, whether summaries show, and tighter spacing. */
  theme: Theme
  summary: boolean
  compact: boolean
}

export interface ParamError {
  parameter: string
  message: string
  /** For a topic that does not exist: the slugs that do (the first MAX_VALID_TOPICS). */
  valid_topics?: string[]
}

/**
 * An error for an unknown topic names the topics that exist, at most this
 * many: a catalog may have thousands, and an error answer stays small and
 * cheap (GET /api/topics lists them all).
 */
export const MAX_VALID_TOPICS = 50

const sortedSlugs = new WeakMap<TopicSlugs, { listed: string[]; total: number }>()

function sorted(topics: TopicSlugs): { listed: string[]; total: number } {
  let found = sortedSlugs.get(topics)
  if (!found) {
    const all = [...topics.keys()].sort()
    sortedSlugs.set(topics, (found = { listed: all.slice(0, MAX_VALID_TOPICS), total: all.length }))
  }
  return found
}

/** The first MAX_VALID_TOPICS slugs in code-unit order, sorted once per catalog. */
export const validTopics = (topics: TopicSlugs): string[] => sorted(topics).listed

/** How an error message lists the topics that exist: all of them, or the first ones and where the rest are. */
export function validTopicsText(topics: TopicSlugs): string {
  const { listed, total } = sorted(topics)
  const more = total - listed.length
  return `topics are: ${listed.join(', ')}${more > 0 ? ` and ${more} more (GET /api/topics lists them all)` : ''}`
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
const MAX_WORDS = 8

interface ParamDef<K extends keyof Filters> {
  description: string
  example: string
  scopes: readonly Scope[]
  /** The value when the parameter is absent or empty. */
  absent: Filters[K]
  /** Throws Invalid, whose message names the parameter, when the value is not acceptable. */
  parse(raw: string): Filters[K]
  /** Canonical text, or undefined for the default. */
  format(value: Filters[K]): string | undefined
  /** JSON Schema of the raw value, for the OpenAPI contract (src/contract/): what parse accepts. */
  schema: { type: 'string' | 'integer'; [keyword: string]: unknown }
}

const ALL: readonly Scope[] = ['feed', 'topic-feed', 'list', 'page', 'embed', 'topic-embed']
const EMBED: readonly Scope[] = ['embed', 'topic-embed']

/** `0` or `1`, for the embed pages' switches. */
const flag = (name: string) => (raw: string): boolean => {
  if (raw !== '0' && raw !== '1') throw new Invalid(`${name}: must be 0 or 1`)
  return raw === '1'
}

/** Comma-separated slugs, any case: `World,economy`. */
const TOPIC_LIST = { type: 'string', pattern: '^[A-Za-z0-9-]+( *, *[A-Za-z0-9-]+)*$' } as const
/** A day or an RFC 3339 date-time (see dates.ts). */
const DATE = { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] } as const

/** Syntax only: which topics exist depends on the catalog served, checked in parseQuery. */
const topicList = (raw: string): string[] => [...new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))].sort()

export const PARAMS: { [K in keyof Filters]: ParamDef<K> } = {
  topic: {
    description: 'Only articles (or stories) in any of these topics (comma-separated slugs).',
    example: 'topic={topic},{other-topic}',
    scopes: ['feed', 'list', 'page', 'embed'],
    absent: [],
    parse: topicList,
    schema: TOPIC_LIST,
    format: (v) => (v.length > 0 ? v.join(',') : undefined),
  },
  exclude: {
    description: 'Leave out articles (or stories) in any of these topics (comma-separated slugs).',
    example: 'exclude={other-topic}',
    scopes: ALL,
    absent: [],
    parse: topicList,
    schema: TOPIC_LIST,
    format: (v) => (v.length > 0 ? v.join(',') : undefined),
  },
  q: {
    description:
      'Words that must all appear in the title, summary or text (case- and accent-insensitive). ' +
      'Each word matches indexed words that start with it; one-letter words match exactly. No patterns. ' +
      'A story matches when one of its articles holds every word.',
    example: 'q=north+korea',
    scopes: ALL,
    absent: { typed: '', words: [] },
    parse: (raw) => {
      const q = parseSearch(raw)
      // Dropping a q that holds no word would serve the unfiltered list as if it were the answer.
      if (q.words.length === 0) throw new Invalid('q: has no word to search for; a word is letters or digits (emoji, symbols and punctuation are not searched)')
      if (q.words.length > MAX_WORDS) throw new Invalid(`q: at most ${MAX_WORDS} words`)
      return q
    },
    schema: { type: 'string' },
    format: (v) => (v.words.length > 0 ? v.typed : undefined),
  },
  since: {
    description:
      'Only articles published at or after this date (YYYY-MM-DD, or an RFC 3339 date-time); ' +
      'only stories whose latest article (date_end) is at or after it.',
    example: 'since=2024-11-01',
    scopes: ALL,
    absent: null,
    parse: (raw) => parseDate(raw, 'since'),
    schema: DATE,
    format: (v) => (v ? formatDate(v) : undefined),
  },
  until: {
    description:
      'Only articles published at or before this date (a date includes its whole day, UTC); ' +
      'only stories whose first article (date_start) is at or before it.',
    example: 'until=2024-11-30',
    scopes: ALL,
    absent: null,
    parse: (raw) => parseDate(raw, 'until'),
    schema: DATE,
    format: (v) => (v ? formatDate(v) : undefined),
  },
  limit: {
    description: `How many articles (or stories), 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
    example: 'limit=50',
    scopes: ALL,
    absent: DEFAULT_LIMIT,
    parse: (raw) => {
      const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
      if (!(n >= 1 && n <= MAX_LIMIT)) throw new Invalid(`limit: must be a whole number from 1 to ${MAX_LIMIT}`)
      return n
    },
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
    format: (v) => (v === DEFAULT_LIMIT ? undefined : String(v)),
  },
  cursor: {
    description: 'Where the next page starts: the next_cursor of the previous answer.',
    example: 'cursor=MjAyNC0xMS0xMlQwMDowMDowMFp8MGEwMDAwMDAwMDAy',
    scopes: ['list'],
    absent: null,
    parse: parseCursor,
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
    format: (v) => (v ? encodeCursor(v) : undefined),
  },
  fields: {
    description:
      'Only these fields of each item (comma-separated; any order, each once), for lighter lists: ' +
      'fields=id,title,summary,url,date_published leaves out the bodies (content_text, content_html). ' +
      'Without it, items are whole. An unknown name is a 400 that names it.',
    // Valid on both lists (stories have no date_published), so the contract's example answers on each.
    example: 'fields=id,title,summary,url',
    scopes: ['list'],
    absent: [],
    // Syntax only: which names exist depends on the list (the route's `fields`), checked in parseQuery.
    parse: (raw) => [...new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))].sort(),
    schema: { type: 'string', pattern: '^[A-Za-z_]+( *, *[A-Za-z_]+)*$' },
    format: (v) => (v.length > 0 ? v.join(',') : undefined),
  },
  theme: {
    description: "Colours of an embed page: auto follows the host's light or dark preference (prefers-color-scheme); light and dark fix them.",
    example: 'theme=dark',
    scopes: EMBED,
    absent: 'auto',
    parse: (raw) => {
      const theme = raw.toLowerCase() as Theme
      if (!THEMES.includes(theme)) throw new Invalid(`theme: must be one of ${THEMES.join(', ')}`)
      return theme
    },
    schema: { type: 'string', enum: [...THEMES], default: 'auto' },
    format: (v) => (v === 'auto' ? undefined : v),
  },
  summary: {
    description: "Whether an embed page shows each article's summary under its title: 1 (default) or 0.",
    example: 'summary=0',
    scopes: EMBED,
    absent: true,
    parse: flag('summary'),
    schema: { type: 'integer', enum: [0, 1], default: 1 },
    format: (v) => (v ? undefined : '0'),
  },
  compact: {
    description: 'Whether an embed page is set tighter, in a smaller type, for narrow dashboard tiles: 0 (default) or 1.',
    example: 'compact=1',
    scopes: EMBED,
    absent: false,
    parse: flag('compact'),
    schema: { type: 'integer', enum: [0, 1], default: 0 },
    format: (v) => (v ? '1' : undefined),
  },
}

const ORDER = Object.keys(PARAMS) as (keyof Filters)[]

/** A word as typed: letters (with their accents, NFC or not) and digits. */
const TYPED_WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * The words as typed, each kept where it first appears unless it folds to
 * words already kept ("Korea korea" is "Korea"); punctuation is dropped, as
 * matching ignores it. Matching uses the folded words (text/fold.ts), so
 * "North Korea" and "korea north" find the same articles.
 */
export function parseSearch(raw: string): Search {
  const seen = new Set<string>()
  const typed: string[] = []
  for (const word of raw.normalize('NFC').match(TYPED_WORD) ?? []) {
    const folded = foldWords(word).filter((w) => !seen.has(w))
    if (folded.length === 0) continue
    for (const w of folded) seen.add(w)
    typed.push(word)
  }
  return { typed: typed.join(' '), words: [...seen].sort() }
}

export type Parsed = { ok: true; filters: Filters; canonical: string } | { ok: false; error: ParamError }

/** The catalog's topics by slug (its Map, read as it is: no set is built per request, which at 10,000 topics cost more than the rest of the check). */
export type TopicSlugs = { has(slug: string): boolean; keys(): Iterable<string> }

/**
 * Parses a query for a route of the given scope. `canonical` has no leading "?".
 * `fields`: the item fields a list route may be asked for (its `fields` in routes.ts).
 */
export function parseQuery(query: URLSearchParams, scope: Scope, topics: TopicSlugs, fields: readonly string[] = []): Parsed {
  // Parameter names are case-insensitive: "?LIMIT=5" is "?limit=5", redirected to it.
  const search = new URLSearchParams()
  for (const [name, value] of query) search.append(name.toLowerCase(), value)
  for (const name of new Set(search.keys())) {
    if (!(name in PARAMS)) {
      const allowed = paramsOf(scope)
      const accepted = allowed.length > 0 ? `this route accepts ${allowed.join(', ')}` : 'this route takes no parameters'
      // "?=5": nothing to name but the missing name.
      if (name === '') return { ok: false, error: { parameter: '', message: `a value with no parameter name ("=…"); ${accepted}` } }
      return fail(name, `unknown parameter; ${accepted}`)
    }
  }
  const filters = {} as Record<keyof Filters, unknown>
  for (const name of ORDER) {
    const def = PARAMS[name] as ParamDef<typeof name>
    const values = search.getAll(name).filter((v) => v.trim() !== '')
    if (values.length > 0 && !def.scopes.includes(scope)) return fail(name, `not accepted on this route`)
    if (values.length > 1 && name !== 'topic' && name !== 'exclude' && name !== 'q') return fail(name, 'given more than once')
    if (values.length === 0) {
      filters[name] = def.absent
      continue
    }
    let value: Filters[typeof name]
    try {
      value = def.parse(values.join(name === 'q' ? ' ' : ','))
    } catch (e) {
      if (!(e instanceof Invalid)) throw e
      return fail(name, e.message)
    }
    if (name === 'topic' || name === 'exclude') {
      const unknown = (value as string[]).filter((s) => !topics.has(s))
      if (unknown.length > 0) {
        const message = `${name}: unknown topic ${unknown.map((s) => JSON.stringify(s)).join(', ')}`
        return { ok: false, error: { parameter: name, message, valid_topics: validTopics(topics) } }
      }
    }
    if (name === 'fields') {
      const unknown = (value as string[]).filter((s) => !fields.includes(s))
      if (unknown.length > 0) return fail(name, `unknown field ${unknown.map((s) => JSON.stringify(s)).join(', ')}; fields are: ${fields.join(', ')}`)
    }
    filters[name] = value
  }
  const f = filters as unknown as Filters
  if (f.since && f.until && f.since.from > f.until.to) return fail('until', 'until: is before since')
  return { ok: true, filters: f, canonical: canonicalQuery(f) }
}

/** With a scope: only the parameters that scope takes (an embed page's filters, written for the page it links to). */
export function canonicalQuery(filters: Filters, scope?: Scope): string {
  const parts: string[] = []
  for (const name of scope ? paramsOf(scope) : ORDER) {
    const text = (PARAMS[name].format as (v: unknown) => string | undefined)(filters[name])
    if (text !== undefined) parts.push(`${name}=${encodeQueryValue(text)}`)
  }
  return parts.join('&')
}

/** RFC 3986 §3.4 allows ":" and "," in a query; a space is written "+" as HTML forms do. */
function encodeQueryValue(text: string): string {
  return encodeURIComponent(text).replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%20/g, '+')
}

function fail(parameter: string, message: string): Parsed {
  return { ok: false, error: { parameter, message: message.startsWith(`${parameter}:`) ? message : `${parameter}: ${message}` } }
}

/** The parameter documentation, generated from the schema. */
export function parameterDocs() {
  return ORDER.map((name) => ({
    name,
    description: PARAMS[name].description,
    example: PARAMS[name].example,
    routes: PARAMS[name].scopes,
  }))
}

/** The parameters a route of this scope accepts, in schema order. */
export function paramsOf(scope: Scope): (keyof Filters)[] {
  return ORDER.filter((name) => PARAMS[name].scopes.includes(scope))
}
