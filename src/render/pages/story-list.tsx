/** A list of stories with their date span, outlets and summary: the home and stories pages share it. */
import type { Story, Topic } from '../../model.ts'
import { rfc3339 } from '../../dates.ts'
import { humanDate } from '../dates.ts'
import { cleanText } from '../html-escape.ts'
import { storyUrl } from '../urls.ts'
import { TopicChips } from './article-list.tsx'

/** "10 November 2024 – 13 November 2024", or one date when the story spans a single day. */
export function DateSpan(p: { start: string; end: string }) {
  const end = <time datetime={rfc3339(p.end)}>{humanDate(p.end)}</time>
  if (humanDate(p.start) === humanDate(p.end)) return end
  return (
    <>
      <time datetime={rfc3339(p.start)}>{humanDate(p.start)}</time>
      {' – '}
      {end}
    </>
  )
}

/**
 * "2 articles from Reuters, Yonhap News"; "5 articles: Reuters and 4 from
 * unknown outlets"; "2 articles, outlets unknown".
 */
export function storyReach(s: Story): string {
  const n = s.articles.length
  const articles = `${n} article${n === 1 ? '' : 's'}`
  if (s.outlets.length === 0) return `${articles}, ${n === 1 ? 'outlet' : 'outlets'} unknown`
  const named = s.outlets.map(cleanText).join(', ')
  return s.unnamed > 0 ? `${articles}: ${named} and ${s.unnamed} from ${s.unnamed === 1 ? 'an unknown outlet' : 'unknown outlets'}` : `${articles} from ${named}`
}

/** `nested`: the list sits under a section heading of its own, so each title is an h3. */
export function StoryList(p: { site: string; stories: Story[]; topics: Topic[]; nested?: boolean }) {
  if (p.stories.length === 0) return <p>No stories match.</p>
  return (
    <ol class="articles stories">
      {p.stories.map((s) => {
        const link = <a href={storyUrl(p.site, s.id)}>{cleanText(s.title)}</a>
        return (
          <li>
            <article>
              {p.nested ? <h3>{link}</h3> : <h2>{link}</h2>}
              <p class="meta">
                <DateSpan start={s.dateStart} end={s.dateEnd} />
                {` · ${storyReach(s)}`}
              </p>
              <p>{cleanText(s.summary)}</p>
              <TopicChips site={p.site} slugs={s.topics} topics={p.topics} />
            </article>
          </li>
        )
      })}
    </ol>
  )
}
