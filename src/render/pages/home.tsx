/** `/`: the latest articles (or a search), topic navigation and every feed. */
import type { Article, Story, Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { STORIES_TITLE } from '../story-content.ts'
import { apiTopicsUrl, homeUrl, opmlUrl, storiesUrl, topicUrl } from '../urls.ts'
import { ArticleList } from './article-list.tsx'
import { htmlDocument } from './document.ts'
import { type FeedLink, feedLinks, Layout, type LayoutProps, SearchForm, storyFeedLinks } from './frame.tsx'
import { StoryList } from './story-list.tsx'

export interface HomeProps {
  site: LayoutProps['site']
  articles: Article[]
  topics: (Topic & { count: number })[]
  /** Canonical query of the request (no "?"), carried into the feed links. */
  query: string
  /** The search words, for the search box. */
  q: string
  total: number
  /** The latest stories, shown when the page is not filtered. */
  stories: Story[]
}

/**
 * Empty topics the home page names, at most: a taxonomy may be written ahead
 * of its articles, and 10,000 topics listed with their feeds made a 2.8 MB
 * page that took Chromium 16 s to show. The rest are counted, and listed in
 * /api/topics and the OPML file.
 */
export const EMPTY_TOPICS_SHOWN = 50

/** Topics with articles, and the first EMPTY_TOPICS_SHOWN empty ones, in taxonomy order; and how many empty ones are left out. */
export function homeTopics<T extends { count: number }>(topics: T[]): { shown: T[]; hidden: number } {
  let empty = 0
  const shown = topics.filter((t) => t.count > 0 || ++empty <= EMPTY_TOPICS_SHOWN)
  return { shown, hidden: topics.length - shown.length }
}

export function renderHomePage(p: HomeProps): string {
  const listed = homeTopics(p.topics)
  // The articles' feeds first: a reader given this page takes the first.
  const feeds: FeedLink[] = [...feedLinks(p.site.title, p.site.url, undefined, p.query), ...storyFeedLinks(p.site.title, p.site.url)]
  return htmlDocument(
    <Layout site={p.site} title={p.site.title} topics={p.topics} feeds={feeds} canonical={homeUrl(p.site.url) + (p.query ? `?${p.query}` : '')}>
      <h1>{p.q ? `Search: ${cleanText(p.q)}` : 'Latest news'}</h1>
      <p class="meta">{cleanText(p.site.description)}</p>
      <SearchForm action={`${p.site.url}/`} label="Search" q={p.q} />
      <p class="meta">
        {p.total} article{p.total === 1 ? '' : 's'}
      </p>
      <ArticleList site={p.site.url} articles={p.articles} topics={p.topics} />
      {p.stories.length > 0 ? (
        <section aria-labelledby="stories">
          <h2 id="stories">{STORIES_TITLE}</h2>
          <p class="meta">The same event in several reports, summarised together.</p>
          <StoryList site={p.site.url} stories={p.stories} topics={p.topics} nested />
          <p>
            <a href={storiesUrl(p.site.url)}>All stories</a>
          </p>
        </section>
      ) : null}
      <h2>Topics</h2>
      <ul>
        {listed.shown.map((t) => (
          <li>
            <a href={topicUrl(p.site.url, t.slug)}>{cleanText(t.title)}</a> ({t.count === 0 ? 'no articles yet' : t.count}) — {cleanText(t.description)}{' '}
            <span class="meta">
              {feedLinks(t.title, p.site.url, t.slug).map((f, i) => (
                <>
                  {i > 0 ? ' · ' : ''}
                  <a href={f.href}>{f.title.replace(/^.*\((.*)\)$/, '$1')}</a>
                </>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {listed.hidden > 0 ? (
        <p class="meta">
          And {listed.hidden} more topic{listed.hidden === 1 ? '' : 's'} with no articles yet, listed in <a href={apiTopicsUrl(p.site.url)}>/api/topics</a> and the OPML file.
        </p>
      ) : null}
      <p>
        <a href={opmlUrl(p.site.url)} type="text/x-opml">
          Every feed in one file (OPML)
        </a>{' '}
        <span class="meta">— import it into your feed reader to follow the latest news, stories and every topic in one step.</span>
      </p>
    </Layout>,
  )
}
