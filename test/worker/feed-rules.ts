/**
 * The W3C Feed Validation Service's rules that Gazette's feeds could break,
 * re-stated as checks on parsed feeds. Each violation is named after the
 * validator's message class (feedvalidator/logging.py), so a failure reads
 * like the validator's own report. Not the validator itself: the rules it
 * applies to elements Gazette does not write are left out.
 */

/**
 * HTML elements the validator accepts in escaped HTML (validators.py HTMLValidator.acceptable_elements, the part
 * Gazette could write: article bodies use p and h2, story entries a list of links in ul and li).
 */
const SAFE_ELEMENTS = new Set(['p', 'h2', 'a', 'em', 'strong', 'br', 'ul', 'li'])
const HTML_END_TAG = /<\/(\w+)>/
const HTML_ENTITY = /&(#?\w+);/
const BAD_CHARACTERS = /[\u0080-\u009F\uFFFD]/
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

const text = (v: any): string => (typeof v === 'string' ? v : (v?.['#text'] ?? ''))

/** Violations of HTML rules in an escaped-HTML value (SecurityRisk, ContainsRelRef, BadCharacters). */
function htmlViolations(where: string, html: string): string[] {
  const out: string[] = []
  for (const [, tag] of html.matchAll(/<(\w+)[\s>/]/g)) if (!SAFE_ELEMENTS.has(tag!.toLowerCase())) out.push(`SecurityRisk: ${where} <${tag}>`)
  for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) if (!/^\w+:/.test(href!)) out.push(`ContainsRelRef: ${where} ${href}`)
  if (BAD_CHARACTERS.test(html)) out.push(`BadCharacters: ${where}`)
  return out
}

/** ContainsHTML / ContainsUndeclaredHTML: plain text holding an HTML end tag or an HTML entity. */
function plainTextViolations(rule: string, where: string, value: string): string[] {
  const out: string[] = []
  if (HTML_END_TAG.test(value) || HTML_ENTITY.test(value)) out.push(`${rule}: ${where}`)
  if (BAD_CHARACTERS.test(value)) out.push(`BadCharacters: ${where}`)
  return out
}

function rfc822Violations(where: string, value: string): string[] {
  if (!RFC822.test(value)) return [`InvalidRFC2822Date: ${where} ${value}`]
  if (DAYS[new Date(value).getUTCDay()] !== value.slice(0, 3)) return [`IncorrectDOW: ${where} ${value}`]
  return []
}

/** `location` is the URL the feed was fetched from (SelfDoesntMatchLocation). */
export function rssViolations(rss: any, location: string): string[] {
  const out: string[] = []
  const ch = rss.channel
  for (const el of ['title', 'link', 'description']) if (!text(ch[el])) out.push(`MissingElement: channel ${el}`)
  const self = (ch['atom:link'] ?? []).find((l: any) => l['@rel'] === 'self')
  if (!self) out.push('MissingAtomSelfLink')
  else if (self['@href'] !== location) out.push(`SelfDoesntMatchLocation: ${self['@href']}`)
  if (ch.lastBuildDate) out.push(...rfc822Violations('lastBuildDate', ch.lastBuildDate))
  const guids = new Set<string>()
  for (const [i, item] of (ch.item ?? []).entries()) {
    const where = `item ${i}`
    out.push(...plainTextViolations('ContainsHTML', `${where} title`, text(item.title)))
    if (!item.guid) out.push(`MissingGuid: ${where}`)
    else {
      const guid = text(item.guid)
      if (guids.has(guid)) out.push(`DuplicateValue: ${where} guid`)
      guids.add(guid)
      if (item.guid['@isPermaLink'] !== 'false' && !/^https?:\/\//.test(guid)) out.push(`InvalidPermalink: ${where}`)
    }
    if (!/^https?:\/\//.test(text(item.link))) out.push(`InvalidFullLink: ${where} link`)
    out.push(...rfc822Violations(`${where} pubDate`, item.pubDate))
    out.push(...htmlViolations(`${where} description`, text(item.description)))
    out.push(...htmlViolations(`${where} content:encoded`, text(item['content:encoded'])))
    for (const c of item['dc:creator'] ?? []) if (/@/.test(c)) out.push(`ContainsEmail: ${where} dc:creator`)
  }
  return out
}

export function atomViolations(feed: any, location: string): string[] {
  const out: string[] = []
  for (const el of ['id', 'title', 'updated']) if (!feed[el]) out.push(`MissingElement: feed ${el}`)
  if (!feed['@xml:lang']) out.push('MissingDCLanguage')
  const links = feed.link ?? []
  const self = links.find((l: any) => l['@rel'] === 'self')
  if (!self) out.push('MissingSelf')
  else if (self['@href'] !== location) out.push(`SelfDoesntMatchLocation: ${self['@href']}`)
  if (new Set(links.map((l: any) => `${l['@rel']} ${l['@type']}`)).size !== links.length) out.push('DuplicateAtomLink: feed')
  if (!RFC3339.test(feed.updated)) out.push('InvalidRFC3339Date: feed updated')
  const feedHasAuthor = (feed.author ?? []).length > 0
  const ids = new Set<string>()
  const updated = new Set<string>()
  for (const [i, e] of (feed.entry ?? []).entries()) {
    const where = `entry ${i}`
    if (ids.has(e.id)) out.push(`DuplicateEntries: ${where}`)
    ids.add(e.id)
    if (updated.has(e.updated)) out.push(`DuplicateUpdated: ${where} ${e.updated}`)
    updated.add(e.updated)
    for (const d of ['published', 'updated']) if (!RFC3339.test(e[d])) out.push(`InvalidRFC3339Date: ${where} ${d}`)
    if (!feedHasAuthor && !(e.author ?? []).length) out.push(`MissingElement: ${where} author`)
    const alternates = (e.link ?? []).filter((l: any) => l['@rel'] === 'alternate')
    if (new Set(alternates.map((l: any) => l['@type'])).size !== alternates.length) out.push(`DuplicateAtomLink: ${where}`)
    for (const el of ['title', 'summary']) {
      if (e[el]?.['@type'] !== 'text') out.push(`InvalidTextType: ${where} ${el}`)
      out.push(...plainTextViolations('ContainsUndeclaredHTML', `${where} ${el}`, text(e[el])))
    }
    if (e.content?.['@type'] !== 'html') out.push(`InvalidTextType: ${where} content`)
    out.push(...htmlViolations(`${where} content`, text(e.content)))
  }
  return out
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the fields and types the spec requires. */
export function jsonFeedViolations(feed: any, location: string): string[] {
  const out: string[] = []
  const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\//.test(v)
  if (feed.version !== 'https://jsonfeed.org/version/1.1') out.push('version')
  if (typeof feed.title !== 'string' || !feed.title) out.push('title (required)')
  if (!Array.isArray(feed.items)) out.push('items (required)')
  if (feed.feed_url !== location) out.push(`feed_url ${feed.feed_url} is not ${location}`)
  if (!isUrl(feed.home_page_url)) out.push('home_page_url')
  for (const a of feed.authors ?? []) if (typeof a.name !== 'string') out.push('authors[].name')
  for (const key of Object.keys(feed)) if (key.startsWith('_') && !/^_[a-z]/i.test(key)) out.push(`extension ${key}`)
  const ids = new Set<string>()
  for (const [i, item] of (feed.items ?? []).entries()) {
    const where = `items[${i}]`
    if (typeof item.id !== 'string' || !item.id) out.push(`${where}.id (required string)`)
    if (ids.has(item.id)) out.push(`${where}.id duplicated`)
    ids.add(item.id)
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') out.push(`${where} needs content_html or content_text`)
    for (const d of ['date_published', 'date_modified']) if (item[d] !== undefined && !RFC3339.test(item[d])) out.push(`${where}.${d}`)
    for (const u of ['url', 'external_url']) if (item[u] !== undefined && !isUrl(item[u])) out.push(`${where}.${u}`)
    if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t: unknown) => typeof t === 'string'))) out.push(`${where}.tags`)
    if (item.authors !== undefined && !(Array.isArray(item.authors) && item.authors.length > 0)) out.push(`${where}.authors`)
    for (const key of Object.keys(item)) if (key.startsWith('_') && !/^_[a-z]/i.test(key)) out.push(`${where} extension ${key}`)
    out.push(...htmlViolations(`${where}.content_html`, item.content_html ?? ''))
  }
  return out
}
