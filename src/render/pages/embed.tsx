/**
 * `/embed` and `/topics/{slug}/embed`: the latest articles as a page made to
 * sit in an <iframe> on another site. Self-contained (style inlined, no
 * images, fonts or other requests), readable without its one script, which
 * only tells the parent its height (embed-script.ts). Links open in a new
 * tab, with rel="noopener", and the page says so.
 */
import { raw } from 'hono/html'
import type { Article } from '../../model.ts'
import { rfc3339 } from '../../dates.ts'
import type { Theme } from '../../worker/params.ts'
import { humanDate } from '../dates.ts'
import { cleanText } from '../html-escape.ts'
import { articleUrl } from '../urls.ts'
import { htmlDocument } from './document.ts'
import { HEIGHT_SCRIPT } from './embed-script.ts'
import { embedStyle } from './embed-style.ts'
import type { LayoutProps } from './frame.tsx'

export interface EmbedProps {
  site: LayoutProps['site']
  /** "Gazette" or "Gazette: World". */
  title: string
  /** The full page of what is shown (home or topic page, with the filters). */
  pageUrl: string
  articles: Article[]
  theme: Theme
  summary: boolean
  compact: boolean
}

/** A link out of the frame: a new tab, with no handle back to this page. */
function Out(p: { href: string; children: unknown }) {
  return (
    <a href={p.href} target="_blank" rel="noopener">
      {p.children}
    </a>
  )
}

export function renderEmbedPage(p: EmbedProps): string {
  const title = cleanText(p.title)
  return htmlDocument(
    <html lang={p.site.language} class={p.compact ? 'compact' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* Our own constant stylesheet, never article text. */}
        <style>{raw(embedStyle(p.theme))}</style>
      </head>
      <body>
        <h1>
          <Out href={p.pageUrl}>{title}</Out>
        </h1>
        {p.articles.length === 0 ? (
          <p>No articles match.</p>
        ) : (
          <ol>
            {p.articles.map((a) => (
              <li>
                <h2>
                  <Out href={articleUrl(p.site.url, a.id)}>{cleanText(a.title)}</Out>
                </h2>
                <p class="meta">
                  {a.source ? `${cleanText(a.source)} · ` : ''}
                  <time datetime={rfc3339(a.published)}>{humanDate(a.published)}</time>
                </p>
                {p.summary ? <p>{cleanText(a.summary)}</p> : null}
              </li>
            ))}
          </ol>
        )}
        <p class="more">
          <Out href={p.pageUrl}>More on {cleanText(p.site.title)}</Out> · links open in a new tab
        </p>
        {/* Constant, and allowed by its hash alone (embed-script.ts). */}
        <script>{raw(HEIGHT_SCRIPT)}</script>
      </body>
    </html>,
  )
}
