/** A list of articles with source, date, summary and topics: the home and topic pages share it. */
import type { Article, Topic } from '../../model.ts'
import { rfc3339 } from '../../dates.ts'
import { humanDate } from '../dates.ts'
import { readAt, UNKNOWN_OUTLET } from '../content.ts'
import { cleanText } from '../html-escape.ts'
import { articleUrl, topicUrl } from '../urls.ts'

export function TopicChips(p: { site: string; slugs: string[]; topics: Topic[] }) {
  if (p.slugs.length === 0) return null
  return (
    <ul class="topics" aria-label="Topics">
      {p.slugs.map((slug) => (
        <li>
          <a href={topicUrl(p.site, slug)}>{cleanText(p.topics.find((t) => t.slug === slug)?.title ?? slug)}</a>
        </li>
      ))}
    </ul>
  )
}

/** `nested`: the list sits under a section heading of its own, so each title is an h3. */
export function ArticleList(p: { site: string; articles: Article[]; topics: Topic[]; nested?: boolean }) {
  if (p.articles.length === 0) return <p>No articles match.</p>
  return (
    <ol class="articles">
      {p.articles.map((a) => {
        const link = <a href={articleUrl(p.site, a.id)}>{cleanText(a.title)}</a>
        const external = readAt(a)
        return (
          <li>
            <article>
              {p.nested ? <h3>{link}</h3> : <h2>{link}</h2>}
              <p class="meta">
                {`${cleanText(a.source ?? UNKNOWN_OUTLET)} · `}
                <time datetime={rfc3339(a.published)}>{humanDate(a.published)}</time>
                {external ? (
                  <>
                    {' · '}
                    <a href={external.url} rel="noopener noreferrer">
                      {cleanText(external.label)}
                    </a>
                  </>
                ) : null}
              </p>
              <p>{cleanText(a.summary)}</p>
              <TopicChips site={p.site} slugs={a.topics} topics={p.topics} />
            </article>
          </li>
        )
      })}
    </ol>
  )
}
