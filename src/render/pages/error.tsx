/** 404 and other errors on HTML routes: a readable page that still offers the way home. */
import type { Topic } from '../../model.ts'
import { htmlDocument } from './document.ts'
import { feedLinks, Layout, type LayoutProps } from './frame.tsx'

export function renderErrorPage(p: { site: LayoutProps['site']; topics: Topic[]; title: string; message: string }): string {
  return htmlDocument(
    <Layout site={p.site} title={p.title} topics={p.topics} feeds={feedLinks(p.site.title, p.site.url)}>
      <h1>{p.title}</h1>
      <p>{p.message}</p>
      <p>
        <a href={`${p.site.url}/`}>Back to the latest news</a>
      </p>
    </Layout>,
  )
}
