/** Every route, for the /api documentation (parameters come from the schema in params.ts). */

export interface RouteDoc {
  path: string
  description: string
  /** Which parameters it takes (see `parameters`). */
  scope: 'feed' | 'topic-feed' | 'list' | 'page' | 'item'
  example: string
}

export const ROUTES: RouteDoc[] = [
  { path: '/feed.xml', scope: 'feed', description: 'RSS 2.0 feed of all articles, newest first.', example: '/feed.xml?topic=world&limit=10' },
  { path: '/atom.xml', scope: 'feed', description: 'Atom 1.0 feed of all articles.', example: '/atom.xml?exclude=science' },
  { path: '/feed.json', scope: 'feed', description: 'JSON Feed 1.1 of all articles.', example: '/feed.json?q=troops' },
  { path: '/topics/{slug}/feed.xml', scope: 'topic-feed', description: 'RSS 2.0 feed of one topic.', example: '/topics/world/feed.xml' },
  { path: '/topics/{slug}/atom.xml', scope: 'topic-feed', description: 'Atom 1.0 feed of one topic.', example: '/topics/world/atom.xml?since=2024-11-01' },
  { path: '/topics/{slug}/feed.json', scope: 'topic-feed', description: 'JSON Feed 1.1 of one topic.', example: '/topics/world/feed.json?limit=5' },
  {
    path: '/stories/feed.xml',
    scope: 'feed',
    description:
      'RSS 2.0 feed of stories (one event reported in several articles), one entry per story, newest report first; ' +
      'each entry holds the multi-source summary, links to every article and the figures outlets disagree on. ' +
      'The filters apply to stories: see topic, q, since and until.',
    example: '/stories/feed.xml?topic=world',
  },
  { path: '/stories/atom.xml', scope: 'feed', description: 'Atom 1.0 feed of stories.', example: '/stories/atom.xml?exclude=science' },
  { path: '/stories/feed.json', scope: 'feed', description: 'JSON Feed 1.1 of stories.', example: '/stories/feed.json?since=2024-11-12' },
  { path: '/api', scope: 'item', description: 'This documentation.', example: '/api' },
  {
    path: '/api/articles',
    scope: 'list',
    description: 'Articles as JSON: {items, next_cursor, total}; pass next_cursor as cursor for the next page.',
    example: '/api/articles?topic=economy&limit=2',
  },
  { path: '/api/articles/{id}', scope: 'item', description: 'One article as JSON.', example: '/api/articles/0a0000000001' },
  {
    path: '/api/stories',
    scope: 'list',
    description:
      'Stories as JSON, newest report first: {items, next_cursor, total}; each item has id, url, title, summary, ' +
      'articles (ids), article_count, sources, topics, date_start, date_end and claims (subject; values with value, text, quote, sources, articles).',
    example: '/api/stories?topic=world&limit=10',
  },
  { path: '/api/stories/{id}', scope: 'item', description: 'One story as JSON.', example: '/api/stories/st0000000001' },
  { path: '/api/topics', scope: 'item', description: 'Topics with article counts, pages and feed URLs.', example: '/api/topics' },
  { path: '/healthz', scope: 'item', description: 'Liveness: 200 with the catalog version when the catalog loads.', example: '/healthz' },
  { path: '/', scope: 'page', description: 'HTML home page: latest articles, search, topics, feeds.', example: '/?q=zurich' },
  { path: '/topics/{slug}', scope: 'topic-feed', description: 'HTML page of one topic.', example: '/topics/world' },
  { path: '/articles/{id}', scope: 'item', description: 'HTML page of one article, naming the story it belongs to.', example: '/articles/0a0000000001' },
  { path: '/stories', scope: 'page', description: 'HTML page of the latest stories, with search and the story feeds.', example: '/stories?q=troops' },
  {
    path: '/stories/{id}',
    scope: 'item',
    description: 'HTML page of one story: date span, summary, the figures outlets disagree on, every article.',
    example: '/stories/st0000000001',
  },
]
