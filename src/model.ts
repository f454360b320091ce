/**
 * Gazette's one model. Every build stage produces or refines these types and
 * every renderer is a pure function of them. Dates are normalised once, at
 * build time, to ISO 8601 UTC strings (`2024-11-10T00:00:00Z`), so nothing
 * downstream parses loose date formats again.
 */

/** One block of article body: a paragraph or a section heading, plain text. */
export interface Block {
  type: 'p' | 'h'
  text: string
}

export type EntityKind = 'person' | 'place' | 'organization'

/** A named entity mentioned in an article, under its one canonical spelling. */
export interface Entity {
  /** Canonical display name: "Kim Jong Un", "North Korea". */
  name: string
  kind: EntityKind
  /** URL-safe key of the canonical name: "kim-jong-un". */
  slug: string
}

export interface Article {
  /** Short stable id (12 lower-case hex), used in URLs. Never changes once recorded. */
  id: string
  /** Globally unique, permanent identifier for feeds (`urn:uuid:…`). */
  guid: string
  /**
   * Seed path relative to the seeds folder, with `/` separators; for an item
   * of an upstream feed (src/sources/), its link, else `<feed address>#<item key>`.
   */
  seed: string
  /** The article's original address, when the curator or the text gives it. */
  externalUrl: string | null
  title: string
  /** Standfirst: the sentence under the headline, when the page has one. */
  dek: string | null
  authors: string[]
  /** Outlet that published the article ("Reuters"), when known. */
  source: string | null
  /** Place line that opens the report ("PYONGYANG"), when present. */
  dateline: string | null
  /** BCP 47 language tag. */
  language: string
  /** ISO 8601 UTC. From the catalog, else the page, else the first-seen date (pipeline/identity.ts articleDates). */
  published: string
  /** ISO 8601 UTC; equals `published` unless the curator records an update. */
  modified: string
  body: Block[]
  /** One to three complete sentences drawn from the body. */
  summary: string
  /** Topic slugs, most relevant first (the first is the primary topic). */
  topics: string[]
  entities: Entity[]
  /** Seed paths of copies folded into this article (for a feed item, its link: see `seed`). */
  duplicates: string[]
  /**
   * The named outlets that carried this text, each once: the article's own
   * `source` first, then those of the copies folded into it (pipeline/index.ts).
   */
  outlets: string[]
  /** Id of the story this article belongs to, if it was grouped with others. */
  story: string | null
  wordCount: number
  /**
   * Set by the build (pipeline/checked-text.ts) once it has removed every
   * character no output may carry (render/unsafe-chars.ts) from the text
   * fields (title, dek, authors, source, dateline, body, summary, entity
   * names, outlets) and written `published` and `modified` in RFC 3339 form.
   * Renderers then write those as they are instead of looking through them
   * again; an article without it (made by hand, or by an older build) is
   * cleaned as it is written, to the same bytes.
   */
  checked?: true
}

/**
 * An Article for tests and evals: `overrides` over neutral values. Three
 * defaults follow other fields: `guid` is `urn:uuid:<id>` (not a real UUID;
 * where feeds are validated, pass one), `seed` is `<id>.txt`, and `modified`
 * equals `published`.
 */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const id = overrides.id ?? '000000000000'
  const published = overrides.published ?? '2024-01-01T00:00:00Z'
  return {
    id,
    guid: `urn:uuid:${id}`,
    seed: `${id}.txt`,
    externalUrl: null,
    title: '',
    dek: null,
    authors: [],
    source: null,
    dateline: null,
    language: 'en',
    published,
    modified: published,
    body: [],
    summary: '',
    topics: [],
    entities: [],
    duplicates: [],
    outlets: overrides.source ? [overrides.source] : [],
    story: null,
    wordCount: 0,
    ...overrides,
  }
}

export interface Topic {
  slug: string
  title: string
  description: string
  /** Curator's hints, not an exhaustive list. */
  keywords: string[]
}

/** A figure that outlets report differently, with who said what. */
export interface Claim {
  /** What is counted: "troops". */
  subject: string
  /**
   * True when outlets give different figures for the same claimant or in
   * their own voice ("Outlets disagree"); false when they report different
   * claimants' figures ("Figures reported").
   */
  disputed: boolean
  /** By value, then claimant. */
  values: ClaimValue[]
}

export interface ClaimValue {
  value: number
  /** The figure as written in the text: "about 11,000". */
  text: string
  /** Sentence the figure was taken from, in the first article that gives it. */
  quote: string
  /** Who the sentence says gives the figure ("the US", "Antony Blinken"); null when the outlet gives it in its own voice. */
  claimant: string | null
  /**
   * When, as the sentence says: an ISO 8601 date only as precise as the text
   * ("2024", "2024-10", "2024-11-11"), relative phrases ("last month")
   * counted from the article's date; null when the sentence names no date.
   */
  when: string | null
  /** The place the figure is about, as written ("eastern Russia"); null when the sentence names none. */
  place: string | null
  /** The named outlets of the articles giving it (an article naming none is only in `articles`). */
  sources: string[]
  articles: string[]
}

/** The same event reported by several articles, possibly from several outlets. */
export interface Story {
  id: string
  /** Globally unique, permanent identifier for feeds (`urn:uuid:…`), derived from `id`. */
  guid: string
  title: string
  /** Multi-source summary without repeated sentences. */
  summary: string
  /** Article ids, newest first. */
  articles: string[]
  /**
   * The named outlets, each once, by first report. A seed's file name is
   * never an outlet: an article whose outlet is unknown counts in `unnamed`.
   */
  outlets: string[]
  /** How many of the articles name no outlet. */
  unnamed: number
  topics: string[]
  dateStart: string
  dateEnd: string
  claims: Claim[]
}

/** A seed that did not make it into the catalog, and why. */
export interface Rejection {
  seed: string
  reason: string
}

export interface Catalog {
  articles: Article[]
  topics: Topic[]
  stories: Story[]
  rejected: Rejection[]
  warnings: string[]
}

/**
 * Curation metadata for one seed (`seeds/catalog.json`, keyed by seed path).
 * Every field overrides what the build derives from the text. `id` and
 * `first_seen` are recorded by the build the first time it sees a seed, so an
 * article's identity and date never drift between builds.
 */
export interface CurationEntry {
  id?: string
  first_seen?: string
  title?: string
  url?: string
  source?: string
  authors?: string[]
  published?: string
  modified?: string
  topics?: string[]
}

export type CurationFile = Record<string, CurationEntry>

/**
 * One entry of an upstream feed as the sources parsers read it
 * (src/sources/), whatever its format, before it becomes an Article.
 * Text fields are decoded (entities, CDATA); links are absolute.
 */
export interface FeedItem {
  /** Identity within its feed (src/sources/items.ts): the GUID, else the link, else a hash of title and content. */
  key: string
  /** The GUID / Atom id / JSON Feed id as written, when the item has one. */
  guid: string | null
  /** The item's own address, absolute (xml:base and the feed's address applied). */
  url: string | null
  /** Plain text; may be empty when the item has content but no title. */
  title: string
  /** HTML of the fullest text the item carries (content:encoded, Atom content, content_html…); may be empty. */
  contentHtml: string
  /** HTML of the shorter description, when the item has one besides its content. */
  summaryHtml: string | null
  authors: string[]
  /** ISO 8601 UTC from the item, else the feed's own date (items.ts); null when neither has one. */
  published: string | null
  modified: string | null
  /** An image for the item (media:*, itunes:image, enclosure, JSON Feed image), absolute. */
  imageUrl: string | null
  categories: string[]
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json'

/** A parsed upstream feed: its own fields and its items, in document order. */
export interface ParsedFeed {
  format: FeedFormat
  /** "2.0", "0.91", "1.0", "0.3", "1.1"… as the document declares it (empty when it does not). */
  version: string
  title: string | null
  /** The site the feed is about (RSS channel link, Atom alternate link, JSON Feed home_page_url). */
  siteUrl: string | null
  language: string | null
  /** The feed's own newest date (lastBuildDate, pubDate, Atom updated, dc:date), ISO 8601 UTC. */
  updated: string | null
  items: FeedItem[]
  /** Items skipped or repaired, each with its reason. */
  warnings: string[]
}

/**
 * One upstream feed the curator lists (`seeds/sources.json`, or an outline of
 * `seeds/sources.opml`). Only `url` is required: an http(s) address, or a
 * path relative to the seeds folder (a feed file kept beside the seeds).
 */
export interface SourceConfig {
  url: string
  /** The outlet's name as readers see it ("Read at …"); default: the feed's title. */
  name?: string
  /** Topic slugs given to every item, replacing the automatic ones. */
  topics?: string[]
  /** Most items taken, newest first (default 50). */
  limit?: number
  /** Items older than this many days before the feed's newest item are left out. */
  maxAgeDays?: number
  /** Fetch the page of each item whose feed text is short and take the article from it (sources/full-text.ts). */
  fullText?: boolean
}
