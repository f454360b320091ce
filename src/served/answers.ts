/**
 * Canonical answers rendered once, at build time: every feed, list and page
 * that takes no query (`/feed.xml`, `/topics/{slug}/atom.xml`, `/api/articles`,
 * `/`, …) is requested from the Worker's own app, in Node, over the files just
 * laid out, and its body kept as an asset. The Worker then answers those URLs
 * with one fetch and no parsing or rendering (src/worker/answers.ts).
 *
 * The site's URL, title, description and language come from the Worker's
 * settings, known only when a request arrives, so the build renders with a
 * token in their place and the Worker puts the real values in. That is exact
 * only when escaping leaves a value unchanged (a token can sit inside XML,
 * HTML, JSON and HTML-in-XML alike), so the Worker serves a kept answer only
 * for such values (`fillsExactly`) and renders as usual otherwise; a test
 * compares the two byte for byte.
 */
import type { Site } from '../worker/env.ts'
import { escapeHtml } from '../render/html-escape.ts'
import { escapeXml } from '../render/xml-escape.ts'

/**
 * Private-use characters: kept by every escaper (XML 1.0 allows #xE000–#xFFFD),
 * and the build keeps no answer when article text holds one (`hasToken`).
 */
export const SITE_TOKENS: Record<keyof Site, string> = {
  url: '\uE000site-url\uE001',
  title: '\uE000site-title\uE001',
  description: '\uE000site-description\uE001',
  language: '\uE000site-language\uE001',
}

const TOKEN = /\uE000site-(url|title|description|language)\uE001/g

/** A kept answer: which file holds it, what it is, and how new. */
export interface KeptAnswer {
  file: string
  type: string
  lastModified: string
  /**
   * SHA-256 (hex) of the kept body, site values as tokens: it changes exactly
   * when the answer's content does, so `npm run publish-hub` can tell a WebSub
   * hub which feeds changed since the previous build.
   */
  digest: string
  /**
   * Where the site's values go, as byte offsets into the kept file, which
   * holds the body with its tokens cut out: the Worker puts the values in
   * between byte slices, with no decoding, searching or encoding of the body.
   */
  fills: [offset: number, value: keyof Site][]
}

/** `answers.json`: canonical path → its kept answer. */
export type AnswerManifest = Record<string, KeptAnswer>

/** Whether every escaper leaves the site's values as they are, so filling tokens gives the bytes rendering would. */
export function fillsExactly(site: Site): boolean {
  return Object.values(site).every((v) => v === escapeXml(v) && v === escapeHtml(v) && JSON.stringify(v) === `"${v}"`)
}

/** A rendered body as the kept file (tokens cut out) and where each value goes, in bytes. */
export function cutTokens(body: string): { kept: string; fills: KeptAnswer['fills'] } {
  const fills: KeptAnswer['fills'] = []
  let kept = ''
  let bytes = 0
  let from = 0
  for (const match of body.matchAll(TOKEN)) {
    const text = body.slice(from, match.index)
    kept += text
    bytes += utf8.encode(text).length
    fills.push([bytes, match[1] as keyof Site])
    from = match.index + match[0].length
  }
  return { kept: kept + body.slice(from), fills }
}

/** The site's values as UTF-8, encoded once per answer however many items they go into. */
export type SiteBytes = Record<keyof Site, Uint8Array>

export const siteBytes = (site: Site): SiteBytes => ({
  url: utf8.encode(site.url),
  title: utf8.encode(site.title),
  description: utf8.encode(site.description),
  language: utf8.encode(site.language),
})

/** The length of kept bytes once the values are put in. */
export function filledLength(kept: Uint8Array, fills: KeptAnswer['fills'], values: SiteBytes): number {
  let length = kept.length
  for (const [, name] of fills) length += values[name].length
  return length
}

/**
 * Writes kept bytes into `out` from `at`, the values put in at their
 * offsets, and returns where they end: an answer of many kept items is
 * written straight into its body, with no copy per item.
 */
export function fillInto(out: Uint8Array, at: number, kept: Uint8Array, fills: KeptAnswer['fills'], values: SiteBytes): number {
  let from = 0
  for (const [offset, name] of fills) {
    out.set(kept.subarray(from, offset), at)
    at += offset - from
    out.set(values[name], at)
    at += values[name].length
    from = offset
  }
  out.set(kept.subarray(from), at)
  return at + kept.length - from
}

/** The kept file's bytes with the site's values put in at their offsets. */
export function fillBytes(kept: Uint8Array, fills: KeptAnswer['fills'], site: Site): Uint8Array {
  const values = siteBytes(site)
  const out = new Uint8Array(filledLength(kept, fills, values))
  fillInto(out, 0, kept, fills, values)
  return out
}

const utf8 = new TextEncoder()

/** Whether a text holds the start of a token (then no answer is kept: filling would change it). */
export const hasToken = (text: string): boolean => text.includes('\uE000')
