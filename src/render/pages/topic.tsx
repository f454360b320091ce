/** `/topics/{slug}`: one topic's latest articles and its feeds. */
import type { Article, Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { topicUrl } from '../urls.ts'
import { ArticleList } from './article-list.tsx'
import { htmlDocument } from './document.ts'
import { feedLinks, Layout, type LayoutProps } from './frame.tsx'

export interface TopicProps {
  site: LayoutProps['site']
  topic: Topic & { count: number }
  articles: Article[]
  topics: Topic[]
  query: string
}

export function renderTopicPage(p: TopicProps): string {
  return htmlDocument(
    <Layout
      site={p.site}
      title={p.topic.title}
      description={p.topic.description}
      topics={p.topics}
      current={p.topic.slug}
      canonical={topicUrl(p.site.url, p.topic.slug) + (p.query ? `?${p.query}` : '')}
      feeds={feedLinks(`${p.site.title}: ${p.topic.title}`, p.site.url, p.topic.slug, p.query)}
    >
      <h1>{cleanText(p.topic.title)}</h1>
      <p class="dek">{cleanText(p.topic.description)}</p>
      <p class="meta">
        {p.topic.count} article{p.topic.count === 1 ? '' : 's'}
      </p>
      <ArticleList site={p.site.url} articles={p.articles} topics={p.topics} />
    </Layout>,
  )
}
