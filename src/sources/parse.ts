/**
 * The one entry to feed parsing: bytes (and the HTTP Content-Type, when
 * fetched) in, a ParsedFeed out, whatever the format. Every caller (the
 * build, the eval) goes through `parseFeed`; nothing outside src/sources/
 * sees a format's wire shapes. The format is told by the document itself,
 * never by the Content-Type, which servers often get wrong: a `{` opens a
 * JSON Feed; otherwise the XML root element decides (`rss`, `rdf:RDF`, `feed`).
 * A document that is none of these is an error naming what it is instead
 * (an HTML page, some other XML, not text).
 */
import { gunzipSync } from 'node:zlib'
import type { FeedFormat, ParsedFeed } from '../model.ts'
import { readAtom } from './atom.ts'
import { decodeFeedBytes } from './encoding.ts'
import { finishItems } from './items.ts'
import { readJsonFeed } from './json-feed.ts'
import { readRdf } from './rdf.ts'
import { type FeedReading, readRss } from './rss.ts'
import { parseXml, rootElement } from './xml.ts'

export class FeedParseError extends Error {
  override name = 'FeedParseError'
}

export interface ParseOptions {
  /** The feed's own address, against which relative links resolve (a file: URL or none for local files). */
  url?: string | null
  contentType?: string | null
}

export function parseFeed(input: Uint8Array | string, options: ParseOptions = {}): ParsedFeed {
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8' } : decodeFeedBytes(gunzipped(input), options.contentType)
  const text = decoded.text.replace(/^\uFEFF/, '')
  const url = options.url && /^https?:/.test(options.url) ? options.url : null
  const [format, reading] = readDocument(text, url)
  const { items, warnings } = finishItems(reading.items, reading.updated, format)
  const encodingWarning = 'warning' in decoded && decoded.warning ? [`encoding: ${decoded.warning}`] : []
  return {
    format,
    version: reading.version,
    title: reading.title,
    siteUrl: reading.siteUrl,
    language: reading.language,
    updated: reading.updated,
    items,
    warnings: [...encodingWarning, ...warnings],
  }
}

/** Most a gzipped body may grow to: the fetch's own size cap, for what it unpacks to. */
const MAX_GUNZIPPED = 20 * 1024 * 1024

/**
 * A feed saved or served gzipped without saying so (no Content-Encoding) is
 * unpacked, as browsers and careful readers do; the gzip magic number
 * (RFC 1952 §2.3.1: 0x1f 0x8b) tells it.
 */
function gunzipped(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED })
  } catch (error) {
    throw new FeedParseError(`gzip: cannot unpack (${(error as Error).message})`)
  }
}

function readDocument(text: string, url: string | null): [FeedFormat, FeedReading] {
  const start = text.trimStart()
  if (start.startsWith('{')) {
    let doc: unknown
    try {
      doc = JSON.parse(start)
    } catch (error) {
      throw new FeedParseError(`json: not valid JSON (${(error as Error).message})`)
    }
    if (!doc || typeof doc !== 'object' || !('items' in doc || 'version' in doc)) throw new FeedParseError('json: a JSON document, but not a JSON Feed (no "version" or "items")')
    return ['json', readJsonFeed(doc as Record<string, unknown>, url)]
  }
  if (/^<!doctype\s+html|^<html[\s>]/i.test(start)) throw new FeedParseError('not a feed: an HTML page')
  if (!start.startsWith('<')) throw new FeedParseError(`not a feed: neither XML nor JSON (starts with ${JSON.stringify(start.slice(0, 20))})`)
  let doc
  try {
    doc = parseXml(start)
  } catch (error) {
    throw new FeedParseError(`xml: not well-formed (${(error as Error).message.split('\n')[0]})`)
  }
  const root = rootElement(doc)
  switch (root?.name) {
    case 'rss':
      return ['rss', readRss(root.node, url)]
    case 'rdf:RDF':
    case 'RDF':
      return ['rdf', readRdf(root.node, url)]
    case 'feed':
      return ['atom', readAtom(root.node, url)]
    case 'html':
      throw new FeedParseError('not a feed: an HTML page')
    default:
      throw new FeedParseError(root ? `not a feed: the XML root element is <${root.name}>, not <rss>, <rdf:RDF> or <feed>` : 'not a feed: no XML element')
  }
}
