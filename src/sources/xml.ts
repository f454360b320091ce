/**
 * The XML side shared by rss.ts, rdf.ts and atom.ts: one fast-xml-parser
 * set-up and small readers over its tree, so no format module sees another's
 * wire shapes. Elements that carry text or HTML are kept raw (stopNodes) and
 * read through html.ts `xmlText`, which decodes CDATA and entities the same
 * way whether the HTML was escaped, in CDATA or bare.
 *
 * Namespaced elements are matched by their usual prefixes (content:, dc:,
 * media:, itunes:, atom:, rdf:): a feed that binds a namespace to another
 * prefix loses that extension, not its items.
 */
import { XMLParser } from 'fast-xml-parser'
import { plainText, xmlText } from './html.ts'

export type XmlNode = Record<string, unknown>

const RAW_ELEMENTS = ['title', 'description', 'content:encoded', 'content', 'summary', 'subtitle', 'tagline', 'itunes:summary', 'media:description', 'dc:description', 'name']

/** Elements that may repeat, always read as lists, so one and many look alike. */
const REPEATED = new Set(['item', 'entry', 'link', 'category', 'author', 'contributor', 'dc:creator', 'dc:subject', 'enclosure', 'media:content', 'media:thumbnail', 'media:group'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // XML's own entities, those a DTD declares and HTML's named ones (&nbsp; in a title), as careful readers do.
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: RAW_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => REPEATED.has(name),
})

/**
 * Namespaces by URI, each with the prefix the format modules read it by
 * (empty: the element names of the document's own format).
 */
const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://search.yahoo.com/mrss/': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': '',
}

export function parseXml(text: string): XmlNode {
  return withUsualPrefixes(parser.parse(text) as XmlNode)
}

/**
 * A document that binds a known namespace to another prefix (`<a:feed
 * xmlns:a="http://www.w3.org/2005/Atom">`) gets its element names rewritten
 * to the usual prefixes, declared on the root element (where feeds declare
 * them). An Atom document's own elements lose their prefix, as in `<feed>`.
 */
function withUsualPrefixes(doc: XmlNode): XmlNode {
  const root = rootElement(doc)
  if (!root) return doc
  const renames = new Map<string, string>()
  const [rootPrefix] = root.name.includes(':') ? root.name.split(':') : ['']
  for (const [key, uri] of Object.entries(root.node)) {
    const declared = /^@xmlns:(.+)$/.exec(key)?.[1]
    if (!declared || typeof uri !== 'string' || !(uri in NAMESPACES)) continue
    let usual = NAMESPACES[uri]!
    if (declared === rootPrefix && usual === 'atom') usual = ''
    if (usual !== declared) renames.set(declared, usual)
  }
  if (renames.size === 0) return doc
  const rename = (name: string): string => {
    const at = name.startsWith('@') ? '@' : ''
    const [prefix, local] = name.slice(at.length).split(':', 2) as [string, string | undefined]
    if (local === undefined || !renames.has(prefix) || prefix === 'xmlns' || prefix === 'xml') return name
    const usual = renames.get(prefix)!
    return `${at}${usual ? `${usual}:` : ''}${local}`
  }
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (!value || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), walk(v)]))
  }
  return walk(doc) as XmlNode
}

/** The document's root element: its name and node (comments and the declaration skipped). */
export function rootElement(doc: XmlNode): { name: string; node: XmlNode } | null {
  for (const [name, node] of Object.entries(doc)) {
    if (name.startsWith('?') || name.startsWith('#') || name.startsWith('!') || name.startsWith('@')) continue
    return { name, node: asNode(node) }
  }
  return null
}

/** An element as a node: an element with only text becomes {"#text": …}; an empty one {}. */
export function asNode(value: unknown): XmlNode {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as XmlNode
  if (typeof value === 'string') return value ? { '#text': value } : {}
  return {}
}

/** Every occurrence of a child element, as nodes. */
export function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map(asNode)
}

/** Every occurrence of a repeated element (item, entry), null for one with no child elements or attributes. */
export function elements(node: XmlNode, name: string): (XmlNode | null)[] {
  const value = node[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map((v) => (v && typeof v === 'object' && Object.keys(v).length ? (v as XmlNode) : null))
}

export function child(node: XmlNode, name: string): XmlNode | null {
  return children(node, name)[0] ?? null
}

export function attr(node: XmlNode | null, name: string): string | null {
  const value = node?.[`@${name}`]
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/** An element's content as the HTML or text it stands for (CDATA and entities decoded); null when absent or empty. */
export function raw(node: XmlNode, name: string): string | null {
  const element = child(node, name)
  if (!element) return null
  const value = element['#text']
  const text = typeof value === 'string' ? xmlText(value).trim() : ''
  return text || null
}

/** An element's content as plain text (tags and HTML entities read too): titles, names, GUIDs. */
export function text(node: XmlNode, name: string): string | null {
  const value = raw(node, name)
  return value === null ? null : plainText(value) || null
}

/**
 * A child that is not kept raw (link, guid, pubDate, dc:creator…): the parser
 * has already decoded its entities and CDATA, so it is only trimmed here.
 */
export function value(node: XmlNode, name: string): string | null {
  return values(node, name)[0] ?? null
}

/** Every occurrence's text (dc:creator, category), white space collapsed, each once, in order. */
export function values(node: XmlNode, name: string): string[] {
  const out = children(node, name).flatMap((element) => {
    const text = element['#text']
    return typeof text === 'string' ? [text.replace(/\s+/g, ' ').trim()] : []
  })
  return [...new Set(out.filter(Boolean))]
}

/** `href` resolved against `base`; null when it is no http(s) address (javascript:, mailto:, garbage). */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * The base URI of an element (XML Base §4.2): its `xml:base` resolved against
 * its parent's base; the document's own address at the top. An `xml:base`
 * that cannot be resolved is ignored, never a reason to drop an item.
 */
export function baseOf(node: XmlNode, parentBase: string | null): string | null {
  const declared = attr(node, 'xml:base')
  if (!declared) return parentBase
  try {
    return (parentBase ? new URL(declared, parentBase) : new URL(declared)).href
  } catch {
    return parentBase
  }
}

/** The first image the Media RSS and iTunes extensions give (media:thumbnail, media:content of medium image, media:group, itunes:image). */
export function mediaImage(node: XmlNode, base: string | null): string | null {
  const groups = [node, ...children(node, 'media:group')]
  for (const group of groups) {
    for (const thumb of children(group, 'media:thumbnail')) {
      const url = resolveUrl(attr(thumb, 'url'), base)
      if (url) return url
    }
    for (const content of children(group, 'media:content')) {
      const isImage = attr(content, 'medium') === 'image' || (attr(content, 'type') ?? '').startsWith('image/')
      const url = isImage ? resolveUrl(attr(content, 'url'), base) : null
      if (url) return url
    }
  }
  const itunes = resolveUrl(attr(child(node, 'itunes:image'), 'href'), base)
  if (itunes) return itunes
  for (const enclosure of children(node, 'enclosure')) {
    if ((attr(enclosure, 'type') ?? '').startsWith('image/')) return resolveUrl(attr(enclosure, 'url'), base)
  }
  return null
}
