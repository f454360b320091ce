/**
 * Real requests to the real Worker (the default export, running in workerd
 * with the fixture catalog as its static assets). No mocks.
 */
import { exports } from 'cloudflare:workers'
import { XMLParser } from 'fast-xml-parser'

export const ORIGIN = 'http://gazette.test'

export function get(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(ORIGIN + path, { redirect: 'manual', ...init }))
}

/** Elements that may repeat are always arrays, so assertions do not depend on counts. */
const REPEATED = new Set(['item', 'entry', 'category', 'dc:creator', 'author', 'link'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => REPEATED.has(name),
})

// fast-xml-parser answers malformed XML with an error from validate(); parse() alone is lenient.
import { XMLValidator } from 'fast-xml-parser'

export function parseXml(text: string): any {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  return parser.parse(text)
}
