/**
 * Real requests to the real Worker (the default export, running in workerd
 * with the fixture catalog as its static assets). No mocks.
 */
import { exports } from 'cloudflare:workers'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export const ORIGIN = 'http://gazette.test'

/** The Worker's default export (the Hono app); `exports` is typed per project, so it is named here. */
const worker = (exports as unknown as { default: Fetcher }).default

export function get(path: string, init: RequestInit = {}): Promise<Response> {
  return worker.fetch(new Request(ORIGIN + path, { redirect: 'manual', ...init }))
}

/** Elements that may repeat are always arrays, so assertions do not depend on counts. */
const REPEATED = new Set([
  'rss.channel.atom:link',
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.item.dc:creator',
  'feed.link',
  'feed.author',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.author',
  'feed.entry.category',
])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name, jPath) => REPEATED.has(String(jPath)),
})

// parse() alone is lenient: validate() first, so malformed XML fails the test.
export function parseXml(text: string): any {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  return parser.parse(text)
}
