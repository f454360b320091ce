/** `/stories`: the latest stories (or those matching the filters) and the story feeds. */
import type { Story, Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { STORIES_DESCRIPTION, STORIES_TITLE } from '../story-content.ts'
import { storiesUrl } from '../urls.ts'
import { htmlDocument } from './document.ts'
import { Layout, type LayoutProps, SearchForm, STORIES_CURRENT, storyFeedLinks } from './frame.tsx'
import { StoryList } from './story-list.tsx'

export interface StoriesProps {
  site: LayoutProps['site']
  stories: Story[]
  topics: Topic[]
  /** Canonical query of the request (no "?"), carried into the feed links. */
  query: string
  /** The search words, for the search box. */
  q: string
  total: number
}

export function renderStoriesPage(p: StoriesProps): string {
  return htmlDocument(
    <Layout
      site={p.site}
      title={STORIES_TITLE}
      topics={p.topics}
      current={STORIES_CURRENT}
      canonical={storiesUrl(p.site.url) + (p.query ? `?${p.query}` : '')}
      feeds={storyFeedLinks(p.site.title, p.site.url, p.query)}
    >
      <h1>{p.q ? `${STORIES_TITLE}: ${cleanText(p.q)}` : STORIES_TITLE}</h1>
      <p class="dek">{STORIES_DESCRIPTION}</p>
      <SearchForm action={storiesUrl(p.site.url)} label="Search stories" q={p.q} />
      <p class="meta">
        {p.total} stor{p.total === 1 ? 'y' : 'ies'}
      </p>
      <StoryList site={p.site.url} stories={p.stories} topics={p.topics} />
    </Layout>,
  )
}
