/** `/articles/{id}`: one article in full. */
import { raw } from 'hono/html'
import type { Article, Story, Topic } from '../../model.ts'
import { entityNames } from '../api.ts'
import { contentHtml, readAt, UNKNOWN_OUTLET } from '../content.ts'
import { rfc3339 } from '../../dates.ts'
import { humanDate } from '../dates.ts'
import { cleanText } from '../html-escape.ts'
import { articleUrl, storyUrl } from '../urls.ts'
import { TopicChips } from './article-list.tsx'
import { htmlDocument } from './document.ts'
import { feedLinks, Layout, type LayoutProps } from './frame.tsx'
import { storyReach } from './story-list.tsx'

export interface ArticleProps {
  site: LayoutProps['site']
  article: Article
  /** The story the article belongs to, if any. */
  story?: Story
  topics: Topic[]
}

export function renderArticlePage(p: ArticleProps): string {
  const a = p.article
  const primary = a.topics[0]
  const primaryTitle = p.topics.find((t) => t.slug === primary)?.title
  const feeds = primary && primaryTitle ? feedLinks(`${p.site.title}: ${primaryTitle}`, p.site.url, primary) : feedLinks(p.site.title, p.site.url)
  const tags = entityNames(a)
  const external = readAt(a)
  // Outlets of copies folded into this article (a syndicated report carried by several).
  const alsoCarried = (a.outlets ?? []).filter((o) => o !== a.source)
  return htmlDocument(
    <Layout
      site={p.site}
      title={a.title}
      description={a.summary}
      topics={p.topics}
      current={primary}
      canonical={articleUrl(p.site.url, a.id)}
      kind="article"
      feeds={feeds}
    >
      <article lang={a.language}>
        <h1>{cleanText(a.title)}</h1>
        {a.dek ? <p class="dek">{cleanText(a.dek)}</p> : null}
        <p class="meta">
          {a.authors.length > 0 ? `By ${a.authors.map(cleanText).join(', ')} · ` : ''}
          {`${cleanText(a.source ?? UNKNOWN_OUTLET)} · `}
          {a.dateline ? `${cleanText(a.dateline)} · ` : ''}
          <time datetime={rfc3339(a.published)}>{humanDate(a.published)}</time>
          {a.modified !== a.published ? (
            <>
              {' · updated '}
              <time datetime={rfc3339(a.modified)}>{humanDate(a.modified)}</time>
            </>
          ) : null}
        </p>
        <TopicChips site={p.site.url} slugs={a.topics} topics={p.topics} />
        {p.story ? (
          <p class="story">
            Part of the story <a href={storyUrl(p.site.url, p.story.id)}>{cleanText(p.story.title)}</a> ({storyReach(p.story)}).
          </p>
        ) : null}
        {/* contentHtml escapes every block with the one HTML escaper; nothing else is passed raw. */}
        {raw(contentHtml(a.body))}
        {external ? (
          <p>
            <a href={external.url} rel="noopener noreferrer">
              {cleanText(external.label)}
            </a>
          </p>
        ) : null}
        {alsoCarried.length > 0 ? <p class="meta">Also carried by {alsoCarried.map(cleanText).join(', ')}</p> : null}
        {tags.length > 0 ? <p class="meta">Mentions: {tags.join(', ')}</p> : null}
      </article>
    </Layout>,
  )
}
