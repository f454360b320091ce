/** `/`: the latest articles (or a search), topic navigation and every feed. */
import type { Article, Story, Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { STORIES_TITLE } from '../story-content.ts'
import { homeUrl, opmlUrl, storiesUrl, topicUrl } from '../urls.ts'
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

export function renderHomePage(p: HomeProps): string {
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
        {p.topics.map((t) => (
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
      <p>
        <a href={opmlUrl(p.site.url)} type="text/x-opml">
          Every feed in one file (OPML)
        </a>{' '}
        <span class="meta">— import it into your feed reader to follow the latest news, stories and every topic in one step.</span>
      </p>
    </Layout>,
  )
}
