/**
 * The build's last step on each article: the characters no output may carry
 * (render/unsafe-chars.ts) removed from every text field, once, and the
 * dates written in RFC 3339 form, then the article marked `checked`
 * (model.ts `Article.checked`). Renderers would remove the same characters
 * from the same fields on every request, so every feed, page and API answer
 * keeps its bytes; a checked article's text is written without being looked
 * through again.
 *
 * Text reaches the model from many places (seed files, the curator's
 * catalog.json, upstream feed items), so the check is here, after every
 * stage, rather than at each of them.
 */
import { rfc3339 } from '../dates.ts'
import type { Article } from '../model.ts'
import { removeUnsafeChars as clean } from '../render/unsafe-chars.ts'

export function checkedArticle(a: Article): Article {
  return {
    ...a,
    title: clean(a.title),
    dek: a.dek === null ? null : clean(a.dek),
    authors: a.authors.map(clean),
    source: a.source === null ? null : clean(a.source),
    dateline: a.dateline === null ? null : clean(a.dateline),
    published: rfc3339(a.published),
    modified: rfc3339(a.modified),
    body: a.body.map((b) => ({ ...b, text: clean(b.text) })),
    summary: clean(a.summary),
    entities: a.entities.map((e) => ({ ...e, name: clean(e.name) })),
    outlets: a.outlets.map(clean),
    checked: true,
  }
}
