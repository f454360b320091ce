/**
 * Every route, for the /api documentation and the README (parameters come
 * from the schema in params.ts). Examples name `{topic}`, `{other-topic}`,
 * `{article}` and `{story}`, filled from the catalog being served, so every
 * example answers on any catalog, the seeds' as well as the tests'.
 */
import type { ServedIndex } from '../served/index.ts'

export interface RouteDoc {
  path: string
  description: string
  /** Which parameters it takes (see `parameters`). */
  scope: 'feed' | 'topic-feed' | 'list' | 'page' | 'item'
  example: string
}

export const ROUTES: RouteDoc[] = [
  { path: '/feed.xml', scope: 'feed', description: 'RSS 2.0 feed of all articles, newest first.', example: '/feed.xml?topic={topic}&limit=10' },
  { path: '/atom.xml', scope: 'feed', description: 'Atom 1.0 feed of all articles.', example: '/atom.xml?exclude={other-topic}' },
  { path: '/feed.json', scope: 'feed', description: 'JSON Feed 1.1 of all articles.', example: '/feed.json?q=troops' },
  { path: '/topics/{slug}/feed.xml', scope: 'topic-feed', description: 'RSS 2.0 feed of one topic.', example: '/topics/{topic}/feed.xml' },
  { path: '/topics/{slug}/atom.xml', scope: 'topic-feed', description: 'Atom 1.0 feed of one topic.', example: '/topics/{topic}/atom.xml?since=2024-11-01' },
  { path: '/topics/{slug}/feed.json', scope: 'topic-feed', description: 'JSON Feed 1.1 of one topic.', example: '/topics/{topic}/feed.json?limit=5' },
  {
    path: '/stories/feed.xml',
    scope: 'feed',
    description:
      'RSS 2.0 feed of stories (one event reported in several articles), one entry per story, newest report first; ' +
      'each entry holds the multi-source summary, links to every article and the figures outlets disagree on. ' +
      'The filters apply to stories: see topic, q, since and until.',
    example: '/stories/feed.xml?topic={topic}',
  },
  { path: '/stories/atom.xml', scope: 'feed', description: 'Atom 1.0 feed of stories.', example: '/stories/atom.xml?exclude={other-topic}' },
  { path: '/stories/feed.json', scope: 'feed', description: 'JSON Feed 1.1 of stories.', example: '/stories/feed.json?since=2024-11-12' },
  { path: '/api', scope: 'item', description: 'This documentation.', example: '/api' },
  {
    path: '/api/articles',
    scope: 'list',
    description: 'Articles as JSON: {items, next_cursor, total}; pass next_cursor as cursor for the next page.',
    example: '/api/articles?topic={topic}&limit=2',
  },
  { path: '/api/articles/{id}', scope: 'item', description: 'One article as JSON.', example: '/api/articles/{article}' },
  {
    path: '/api/stories',
    scope: 'list',
    description:
      'Stories as JSON, newest report first: {items, next_cursor, total}; each item has id, url, title, summary, ' +
      'articles (ids), article_count, sources (outlets; the seed path for an article whose outlet is unknown: set `source` in seeds/catalog.json), topics, date_start, date_end and claims (subject; values with value, text, quote, sources, articles).',
    example: '/api/stories?topic={topic}&limit=10',
  },
  { path: '/api/stories/{id}', scope: 'item', description: 'One story as JSON.', example: '/api/stories/{story}' },
  { path: '/api/topics', scope: 'item', description: 'Topics with article counts, pages and feed URLs.', example: '/api/topics' },
  { path: '/healthz', scope: 'item', description: 'Liveness: 200 with the catalog version when the catalog loads.', example: '/healthz' },
  { path: '/', scope: 'page', description: 'HTML home page: latest articles, search, topics, feeds.', example: '/?q=treaty' },
  { path: '/topics/{slug}', scope: 'topic-feed', description: 'HTML page of one topic.', example: '/topics/{topic}' },
  { path: '/articles/{id}', scope: 'item', description: 'HTML page of one article, naming the story it belongs to.', example: '/articles/{article}' },
  { path: '/stories', scope: 'page', description: 'HTML page of the latest stories, with search and the story feeds.', example: '/stories?q=troops' },
  {
    path: '/stories/{id}',
    scope: 'item',
    description: 'HTML page of one story: date span, summary, the figures outlets disagree on, every article.',
    example: '/stories/{story}',
  },
]

/** What the `{…}` names in examples stand for on one catalog. */
export interface ExampleValues {
  topic: string
  'other-topic': string
  article: string
  story: string
}

/** The catalog's first topics, newest article and newest story. */
export function exampleValues(index: ServedIndex): ExampleValues {
  const topics = index.topics.map((t) => t.slug)
  return {
    topic: topics[0] ?? 'none',
    'other-topic': topics[1] ?? topics[0] ?? 'none',
    article: index.articles[0]?.id ?? 'none',
    story: index.stories[0]?.id ?? 'none',
  }
}

export function fillExample(example: string, values: ExampleValues): string {
  return example.replace(/\{(topic|other-topic|article|story)\}/g, (_, name: keyof ExampleValues) => encodeURIComponent(values[name]))
}
