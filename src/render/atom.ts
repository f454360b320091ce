/** Atom 1.0, RFC 4287, written to pass the W3C Feed Validation Service without warnings. */
import type { Article } from '../model.ts'
import { contentHtmlInXml, readAtHtml } from './content.ts'
import { newest, rfc3339 } from '../dates.ts'
import { atomUpdated } from './dates.ts'
import { assemble, type Envelope, type FeedChannel, type FeedDocument, GENERATOR, type ItemContext, type StoryFeedDocument, topicTitle } from './feed-model.ts'
import { storyContentHtml, type StoryView } from './story-content.ts'
import { STYLESHEET_PI } from './feed-style.ts'
import { articleUrl, iconUrl, logoUrl, safeExternalUrl, storyUrl, topicUrl } from './urls.ts'
import { escapeXml as x } from './xml-escape.ts'

export function renderAtom(doc: FeedDocument): Uint8Array {
  const envelope = atomEnvelope(doc, doc.articles.map((a) => atomUpdated(a.modified, a.id)))
  return assemble(envelope, doc.articles.map((a) => atomEntry(doc, a)))
}

/** One entry per story, credited to the feed's author (Gazette wrote the multi-source summary). */
export function renderStoryAtom(doc: StoryFeedDocument): Uint8Array {
  const envelope = atomEnvelope(doc, doc.stories.map((v) => atomUpdated(v.story.dateEnd, v.story.id)))
  return assemble(envelope, doc.stories.map((v) => atomStoryEntry(doc, v)))
}

/** The feed around its entries (each ends its own line), given each entry's `updated`. */
export function atomEnvelope(doc: FeedChannel, entryUpdated: string[]): Envelope {
  // §4.2.15 feed `updated`: the newest entry's, so it is never older than any entry's.
  const updated = newest(entryUpdated) ?? rfc3339(doc.updated)
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    STYLESHEET_PI,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(doc.language)}">`,
    // §4.2.6 "permanent, universally unique identifier": the canonical URL of this feed.
    `<id>${x(doc.selfUrl)}</id>`,
    `<title type="text">${x(doc.title)}</title>`,
    `<subtitle type="text">${x(doc.description)}</subtitle>`,
    `<updated>${updated}</updated>`,
    // §4.1.1 "atom:feed elements MUST contain one or more atom:author elements, unless all of
    // the atom:feed element's child atom:entry elements contain at least one atom:author".
    `<author><name>${x(doc.publisher)}</name><uri>${x(doc.site)}/</uri></author>`,
    `<link rel="self" type="application/atom+xml" href="${x(doc.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(doc.pageUrl)}"/>`,
    // WebSub §4: "the <atom:link> element with rel=\"hub\"".
    ...(doc.hub ? [`<link rel="hub" href="${x(doc.hub)}"/>`] : []),
    `<generator>${GENERATOR}</generator>`,
    // §4.2.5 icon "SHOULD have an aspect ratio of one (horizontal) to one (vertical)"; §4.2.8 logo "two to one".
    `<icon>${x(iconUrl(doc.site))}</icon>`,
    `<logo>${x(logoUrl(doc.site))}</logo>`,
  ]
  return { head: head.map((line) => line + '\n').join(''), separator: '', tail: '</feed>\n' }
}

export function atomEntry(doc: ItemContext, a: Article): string {
  // An article without named authors is credited to its outlet; with neither it inherits the feed's author.
  const names = a.authors.length > 0 ? a.authors : a.source ? [a.source] : []
  const external = safeExternalUrl(a.externalUrl)
  // An article the build checked (model.ts `Article.checked`) has no unsafe character to look for and its dates in form.
  const text = a.checked ? x.checked : x
  return (
    `<entry xml:lang="${x(a.language)}">\n` +
    `<id>${x(a.guid)}</id>\n` +
    `<title type="text">${text(a.title)}</title>\n` +
    `<link rel="alternate" type="text/html" href="${x(articleUrl(doc.site, a.id))}"/>\n` +
    (external ? `<link rel="related" type="text/html" href="${x(external)}"/>\n` : '') +
    `<published>${a.checked ? a.published : rfc3339(a.published)}</published>\n` +
    `<updated>${atomUpdated(a.modified, a.id)}</updated>\n` +
    names.map((name) => `<author><name>${text(name)}</name></author>\n`).join('') +
    a.topics.map((slug) => `<category term="${x(slug)}" label="${x(topicTitle(doc, slug))}" scheme="${x(topicUrl(doc.site, ''))}"/>\n`).join('') +
    `<summary type="text">${text(a.summary)}</summary>\n` +
    // §4.1.3.3: with type="html" the content "MUST be suitable for handling as HTML" and is escaped once more for XML.
    `<content type="html">${a.checked ? contentHtmlInXml.checked(a.body) : contentHtmlInXml(a.body)}${x(readAtHtml(a))}</content>\n` +
    '</entry>\n'
  )
}

export function atomStoryEntry(doc: ItemContext, v: StoryView): string {
  const s = v.story
  const parts = [
    '<entry>',
    `<id>${x(s.guid)}</id>`,
    `<title type="text">${x(s.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(storyUrl(doc.site, s.id))}"/>`,
    // The first report, and the latest: a story is updated each time an article joins it.
    `<published>${rfc3339(s.dateStart)}</published>`,
    `<updated>${atomUpdated(s.dateEnd, s.id)}</updated>`,
    ...s.topics.map(
      (slug) => `<category term="${x(slug)}" label="${x(topicTitle(doc, slug))}" scheme="${x(topicUrl(doc.site, ''))}"/>`,
    ),
    `<summary type="text">${x(s.summary)}</summary>`,
    `<content type="html">${x(storyContentHtml(doc.site, v))}</content>`,
    '</entry>',
  ]
  return parts.map((line) => line + '\n').join('')
}
