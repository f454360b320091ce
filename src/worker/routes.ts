/**
 * The route table: every route Gazette serves, declared once with its path,
 * parameters (by scope: params.ts), answers, description and example.
 * Registration (app.ts), the request check (check.ts), 405 and OPTIONS, the
 * OpenAPI contract (src/contract/, made at build time; served at
 * `/openapi.json`, `/docs` and summed up at `/api`), the README tables
 * (`npm run docs`) and the URL builders (src/render/urls.ts) all read it.
 * Plain data: the Worker carries no schema library (see src/contract/).
 *
 * Examples name `{topic}`, `{other-topic}`, `{article}` and `{story}`, filled
 * from the catalog being served, so every example answers on any catalog.
 */
import { ARTICLE_FIELDS, STORY_FIELDS } from './fields.ts'
import type { Scope } from './params.ts'

/** Who reads a route's answers, and so its errors: programs (JSON) or people (HTML). */
export type Audience = 'json' | 'html'

export type FeedFormat = 'rss' | 'atom' | 'json'
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json']
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}
const FEED_NAMES: Record<FeedFormat, string> = { rss: 'RSS 2.0', atom: 'Atom 1.0', json: 'JSON Feed 1.1' }

/** What a route's success answer is: a media type, and for JSON the name of its schema (src/contract/schemas.ts). */
interface Answer {
  type: string
  schema?: 'ArticleList' | 'Article' | 'StoryList' | 'Story' | 'TopicList' | 'Health' | 'Summary'
}

type FeedKind = 'feed' | 'topicFeed' | 'storyFeed'

export type RouteName =
  | `${FeedKind}${'Rss' | 'Atom' | 'Json'}`
  | 'api'
  | 'openapi'
  | 'docs'
  | 'articles'
  | 'article'
  | 'stories'
  | 'story'
  | 'topics'
  | 'healthz'
  | 'homePage'
  | 'topicPage'
  | 'articlePage'
  | 'storiesPage'
  | 'storyPage'
  | 'embed'
  | 'topicEmbed'
  | 'widget'
  | 'opml'
  | 'feedStyle'
  | 'favicon'
  | 'iconSvg'
  | 'iconPng'
  | 'logoPng'
  | 'robots'

export interface Route {
  /** Names the handler in app.ts and the operation in the contract. */
  name: RouteName
  /** OpenAPI path template: `/topics/{slug}/feed.xml`. */
  path: string
  scope: Scope
  audience: Audience
  description: string
  example: string
  answer: Answer
  /** What each path parameter names, as an example placeholder: `{ slug: 'topic' }`. */
  params?: Record<string, 'topic' | 'article' | 'story'>
  /** Group in the contract. */
  tag: 'Feeds' | 'API' | 'Pages' | 'Service' | 'Embed'
  /** API lists: the item fields `fields=` may name (fields.ts). */
  fields?: readonly string[]
  /**
   * Whether the build renders its answer without a query (for each topic, on
   * /topics/{slug}/… routes) and keeps it, so the Worker serves it as it is
   * (src/served/answers.ts).
   */
  kept?: true
}

const JSON_TYPE = 'application/json'
const HTML = { type: 'text/html' }

const feedRouteName = (kind: FeedKind, format: FeedFormat) =>
  `${kind}${format === 'rss' ? 'Rss' : format === 'atom' ? 'Atom' : 'Json'}` as const

const feedRoutes = (
  kind: FeedKind,
  declare: (format: FeedFormat, name: string) => Omit<Route, 'name' | 'answer' | 'audience' | 'tag'>,
): Route[] =>
  FEED_FORMATS.map((format) => {
    return {
      name: feedRouteName(kind, format),
      kept: true, audience: 'json', tag: 'Feeds', answer: { type: FEED_TYPES[format] }, ...declare(format, FEED_NAMES[format]) }
  })

const STORY_FEED_DESCRIPTION =
  'RSS 2.0 feed of stories (one event reported in several articles), one entry per story, newest report first; ' +
  'each entry holds the multi-source summary, links to every article and the figures reported, each with who gives it ("Figures reported: troops — at least 3,000 (the US, via Reuters); …"; "Outlets disagree" where outlets give different figures in their own voice or for the same claimant). ' +
  'The filters apply to stories: see topic, q, since and until.'

const FEED_EXAMPLES: Record<FeedFormat, string> = { rss: '?topic={topic}&limit=10', atom: '?exclude={other-topic}', json: '?q=troops' }
const TOPIC_FEED_EXAMPLES: Record<FeedFormat, string> = { rss: '', atom: '?since=2024-11-01', json: '?limit=5' }
const STORY_FEED_EXAMPLES: Record<FeedFormat, string> = { rss: '?topic={topic}', atom: '?exclude={other-topic}', json: '?since=2024-11-12' }

/** A resource that takes no query: the subscription list, the feed stylesheet, icons, robots.txt. */
const resource = (name: RouteName, path: string, type: string, tag: Route['tag'], description: string, kept?: true): Route => ({
  name, path, scope: 'item', audience: 'json', tag, description, example: path, answer: { type }, ...(kept ? { kept } : {}),
})

/** The routes in the order they are documented. */
export const ROUTES: readonly Route[] = [
  ...feedRoutes('feed', (format, kind) => ({
    path: `/${FEED_FILES[format]}`,
    scope: 'feed',
    description: format === 'rss' ? 'RSS 2.0 feed of all articles, newest first.' : `${kind} ${format === 'json' ? '' : 'feed '}of all articles.`,
    example: `/${FEED_FILES[format]}${FEED_EXAMPLES[format]}`,
  })),
  ...feedRoutes('topicFeed', (format, kind) => ({
    path: `/topics/{slug}/${FEED_FILES[format]}`,
    scope: 'topic-feed',
    description: `${kind} ${format === 'json' ? '' : 'feed '}of one topic.`,
    example: `/topics/{topic}/${FEED_FILES[format]}${TOPIC_FEED_EXAMPLES[format]}`,
    params: { slug: 'topic' },
  })),
  ...feedRoutes('storyFeed', (format, kind) => ({
    path: `/stories/${FEED_FILES[format]}`,
    scope: 'feed',
    description: format === 'rss' ? STORY_FEED_DESCRIPTION : `${kind} ${format === 'json' ? '' : 'feed '}of stories.`,
    example: `/stories/${FEED_FILES[format]}${STORY_FEED_EXAMPLES[format]}`,
  })),
  resource('opml', '/opml.xml', 'text/x-opml', 'Feeds', 'OPML 2.0 subscription list of the RSS feeds (all articles, stories, every topic), to import in one step.', true),
  resource('feedStyle', '/feed.xsl', 'application/xslt+xml', 'Feeds', 'XSLT stylesheet the RSS and Atom feeds name, so a browser shows a feed as a readable page.'),
  {
    name: 'api',
    path: '/api',
    scope: 'item',
    audience: 'json',
    tag: 'Service',
    description: 'Every route and parameter in brief, with examples that answer, and links to the full contract.',
    example: '/api',
    answer: { type: JSON_TYPE, schema: 'Summary' },
  },
  {
    name: 'openapi',
    kept: true,
    path: '/openapi.json',
    scope: 'item',
    audience: 'json',
    tag: 'Service',
    description: 'The OpenAPI 3.1 contract: every route, parameter and answer, with examples from the catalog served.',
    example: '/openapi.json',
    answer: { type: JSON_TYPE },
  },
  {
    name: 'docs',
    kept: true,
    path: '/docs',
    scope: 'item',
    audience: 'html',
    tag: 'Service',
    description: 'The contract as a readable page (rendered here from /openapi.json).',
    example: '/docs',
    answer: HTML,
  },
  {
    name: 'articles',
    kept: true,
    path: '/api/articles',
    scope: 'list',
    audience: 'json',
    tag: 'API',
    description: 'Articles as JSON: {items, next_cursor, total}; pass next_cursor as cursor for the next page.',
    example: '/api/articles?topic={topic}&limit=2',
    answer: { type: JSON_TYPE, schema: 'ArticleList' },
    fields: ARTICLE_FIELDS,
  },
  {
    name: 'article',
    path: '/api/articles/{id}',
    scope: 'item',
    audience: 'json',
    tag: 'API',
    description: 'One article as JSON.',
    example: '/api/articles/{article}',
    answer: { type: JSON_TYPE, schema: 'Article' },
    params: { id: 'article' },
  },
  {
    name: 'stories',
    kept: true,
    path: '/api/stories',
    scope: 'list',
    audience: 'json',
    tag: 'API',
    description:
      'Stories as JSON, newest report first: {items, next_cursor, total}; each item has id, url, title, summary, ' +
      'articles (ids), article_count, sources (named outlets), unnamed_sources (articles whose outlet is unknown: set `source` in seeds/catalog.json), topics, date_start, date_end and claims (subject, disputed; values with value, text, quote, claimant, when, place, sources, articles).',
    example: '/api/stories?topic={topic}&limit=10',
    answer: { type: JSON_TYPE, schema: 'StoryList' },
    fields: STORY_FIELDS,
  },
  {
    name: 'story',
    path: '/api/stories/{id}',
    scope: 'item',
    audience: 'json',
    tag: 'API',
    description: 'One story as JSON.',
    example: '/api/stories/{story}',
    answer: { type: JSON_TYPE, schema: 'Story' },
    params: { id: 'story' },
  },
  {
    name: 'topics',
    kept: true,
    path: '/api/topics',
    scope: 'item',
    audience: 'json',
    tag: 'API',
    description: 'Topics with article counts, pages and feed URLs.',
    example: '/api/topics',
    answer: { type: JSON_TYPE, schema: 'TopicList' },
  },
  {
    name: 'healthz',
    path: '/healthz',
    scope: 'item',
    audience: 'json',
    tag: 'Service',
    description: 'Liveness: 200 with the catalog version when the catalog loads.',
    example: '/healthz',
    answer: { type: JSON_TYPE, schema: 'Health' },
  },
  {
    name: 'homePage',
    kept: true,
    path: '/',
    scope: 'page',
    audience: 'html',
    tag: 'Pages',
    description: 'HTML home page: latest articles, search, topics, feeds.',
    example: '/?q=treaty',
    answer: HTML,
  },
  {
    name: 'topicPage',
    kept: true,
    path: '/topics/{slug}',
    scope: 'topic-feed',
    audience: 'html',
    tag: 'Pages',
    description: 'HTML page of one topic.',
    example: '/topics/{topic}',
    answer: HTML,
    params: { slug: 'topic' },
  },
  {
    name: 'articlePage',
    path: '/articles/{id}',
    scope: 'item',
    audience: 'html',
    tag: 'Pages',
    description: 'HTML page of one article, naming the story it belongs to.',
    example: '/articles/{article}',
    answer: HTML,
    params: { id: 'article' },
  },
  {
    name: 'storiesPage',
    kept: true,
    path: '/stories',
    scope: 'page',
    audience: 'html',
    tag: 'Pages',
    description: 'HTML page of the latest stories, with search and the story feeds.',
    example: '/stories?q=troops',
    answer: HTML,
  },
  {
    name: 'storyPage',
    path: '/stories/{id}',
    scope: 'item',
    audience: 'html',
    tag: 'Pages',
    description: 'HTML page of one story: date span, summary, the figures reported with who gives each (claimant, where and when, outlets, the sentence), every article.',
    example: '/stories/{story}',
    answer: HTML,
    params: { id: 'story' },
  },
  {
    name: 'embed',
    kept: true,
    path: '/embed',
    scope: 'embed',
    audience: 'html',
    tag: 'Embed',
    description:
      'The latest articles as a small self-contained HTML page for an `<iframe>` on another site (the only pages that may be framed); ' +
      'links open in a new tab, and it posts its height to the parent ({type: "gazette:height", height}).',
    example: '/embed?topic={topic}&limit=5',
    answer: HTML,
  },
  {
    name: 'topicEmbed',
    kept: true,
    path: '/topics/{slug}/embed',
    scope: 'topic-embed',
    audience: 'html',
    tag: 'Embed',
    description: 'The embed page of one topic.',
    example: '/topics/{topic}/embed?theme=dark&compact=1',
    answer: HTML,
    params: { slug: 'topic' },
  },
  {
    name: 'widget',
    path: '/widget.js',
    scope: 'item',
    audience: 'json',
    tag: 'Embed',
    description:
      'The `<gazette-feed>` web component, an ES module with no dependencies: it lists articles from /api/articles in a shadow root. ' +
      'See the README, Embedding.',
    example: '/widget.js',
    answer: { type: 'text/javascript' },
  },
  resource('favicon', '/favicon.ico', 'image/vnd.microsoft.icon', 'Service', 'The site icon as an ICO file (a 32 px PNG inside).'),
  resource('iconSvg', '/icon.svg', 'image/svg+xml', 'Service', 'The site icon, SVG.'),
  resource('iconPng', '/icon.png', 'image/png', 'Service', 'The site icon, 512 px PNG: JSON Feed icon, Atom icon, Open Graph image.'),
  resource('logoPng', '/logo.png', 'image/png', 'Service', 'The feed logo, 144 × 72 PNG: RSS image, Atom logo.'),
  resource('robots', '/robots.txt', 'text/plain', 'Service', 'robots.txt: everything may be crawled.'),
]

/** Each route by its name. */
export const ROUTE = Object.fromEntries(ROUTES.map((r) => [r.name, r])) as Readonly<Record<RouteName, Route>>

/** The feed route of a kind and format: `feedRoute('topicFeed', 'atom')`. */
export const feedRoute = (kind: FeedKind, format: FeedFormat): Route => ROUTE[feedRouteName(kind, format)]

/** A route's path with its parameters filled in (each percent-encoded): `/topics/world/feed.xml`. */
export function pathOf(route: Route, params: Record<string, string> = {}): string {
  // Split once per path: a feed writes one URL per item, and a replace with a callback per URL was a tenth of a JSON Feed item's time.
  let parts = PATH_PARTS.get(route.path)
  if (!parts) PATH_PARTS.set(route.path, (parts = route.path.split(/\{(\w+)\}/)))
  // Split with a capture group: literal, name, literal, …, literal.
  let path = parts[0]!
  for (let i = 1; i < parts.length; i += 2) path += encodeURIComponent(params[parts[i]!] ?? '') + parts[i + 1]!
  return path
}

const PATH_PARTS = new Map<string, string[]>()

/** The path as a Hono pattern: `{slug}` → `:slug`. */
export const honoPattern = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1')

/** Each route's path in segments; a parameter (`{slug}`) stands for any one non-empty segment. */
const ROUTE_SEGMENTS = ROUTES.map((route) => ({ route, segments: route.path.split('/').map((s) => (/^\{\w+\}$/.test(s) ? undefined : s)) }))

/**
 * The route a request path names, as Hono matches it (case and trailing
 * slash count; a parameter is one non-empty segment), or undefined. Where
 * two routes fit, the first in ROUTES wins. Asked once per request (app.ts).
 */
export function routeAt(path: string): Route | undefined {
  const segments = path.split('/')
  return ROUTE_SEGMENTS.find((r) => r.segments.length === segments.length && r.segments.every((s, i) => (s === undefined ? segments[i] !== '' : s === segments[i])))?.route
}

/**
 * Who reads the answers at a path, errors included: its route's audience, or
 * for a path no route declares, its shape (the API, the service's own JSON
 * and anything ending like a feed, JSON or a script is read by programs).
 * `route` is the path's route when the caller has resolved it already.
 */
export function audienceAt(path: string, route: Route | undefined = routeAt(path)): Audience {
  if (route) return route.audience
  return path === '/api' || path.startsWith('/api/') || /\.(xml|json|js)$/.test(path) || path === '/healthz' ? 'json' : 'html'
}
