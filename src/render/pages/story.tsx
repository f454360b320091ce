/** `/stories/{id}`: one story: its summary, the figures reported with who gives each, and every article. */
import type { Article, Claim, ClaimValue, Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { articlesById, figure, reportedBy, setting, type StoryView } from '../story-content.ts'
import { articleUrl, storyUrl } from '../urls.ts'
import { ArticleList, TopicChips } from './article-list.tsx'
import { htmlDocument } from './document.ts'
import { Layout, type LayoutProps, STORIES_CURRENT, storyFeedLinks } from './frame.tsx'
import { DateSpan, storyReach } from './story-list.tsx'

export interface StoryProps {
  site: LayoutProps['site']
  view: StoryView
  topics: Topic[]
}

export function renderStoryPage(p: StoryProps): string {
  const s = p.view.story
  return htmlDocument(
    <Layout
      site={p.site}
      title={s.title}
      description={s.summary}
      topics={p.topics}
      current={STORIES_CURRENT}
      canonical={storyUrl(p.site.url, s.id)}
      kind="article"
      feeds={storyFeedLinks(p.site.title, p.site.url)}
    >
      <article>
        <h1>{cleanText(s.title)}</h1>
        <p class="meta">
          <DateSpan start={s.dateStart} end={s.dateEnd} />
          {` · ${storyReach(s)}`}
        </p>
        <TopicChips site={p.site.url} slugs={s.topics} topics={p.topics} />
        <p>{cleanText(s.summary)}</p>
        {s.claims.length > 0 ? <Claims site={p.site.url} claims={s.claims} articles={articlesById(p.view)} /> : null}
        <h2>Reports</h2>
        <ArticleList site={p.site.url} articles={p.view.articles} topics={p.topics} nested />
      </article>
    </Layout>,
  )
}

/**
 * One row per reported figure: the figure with where and when it holds, who
 * gives it, the outlets that report it, and the sentence. The subject heads
 * its rows, marked where outlets disagree (claimSentence says when).
 */
function Claims(p: { site: string; claims: Claim[]; articles: Map<string, Article> }) {
  return (
    <>
      <h2>{p.claims.every((c) => c.disputed) ? 'Where outlets disagree' : 'Figures reported'}</h2>
      <table class="claims">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Reported</th>
            <th scope="col">Said by</th>
            <th scope="col">Via</th>
            <th scope="col">In their words</th>
          </tr>
        </thead>
        {p.claims.map((c) => (
          <tbody>
            {c.values.map((v, i) => (
              <tr>
                {i === 0 ? (
                  <th scope="rowgroup" rowspan={c.values.length}>
                    {cleanText(c.subject)}
                    {c.disputed ? <span class="disputed">outlets disagree</span> : null}
                  </th>
                ) : null}
                {/* data-label: the column's name, shown before each cell when a phone stacks the table. */}
                <td data-label="Reported">{cleanText(`${figure(v.text)}${setting(v)}`)}</td>
                <td data-label="Said by">{v.claimant === null ? <span class="muted">not attributed</span> : cleanText(v.claimant)}</td>
                <td data-label="Via">
                  <Reporters site={p.site} value={v} articles={p.articles} />
                </td>
                <td data-label="In their words">
                  <q>{cleanText(v.quote)}</q>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  )
}

/** Who reported a figure: each outlet once, then each article that names none by its headline, linked. */
function Reporters(p: { site: string; value: ClaimValue; articles: Map<string, Article> }) {
  const by = reportedBy(p.value, p.articles)
  if (!by) return <>{p.value.sources.map(cleanText).join(', ')}</>
  const parts = [...by.outlets.map((o) => <>{cleanText(o)}</>), ...by.unnamed.map((a) => <a href={articleUrl(p.site, a.id)}>{cleanText(a.title)}</a>)]
  return <>{parts.map((part, i) => (i === 0 ? part : <>{', '}{part}</>))}</>
}
