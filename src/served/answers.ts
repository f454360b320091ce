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
}

/** `answers.json`: canonical path → its kept answer. */
export type AnswerManifest = Record<string, KeptAnswer>

/** Whether every escaper leaves the site's values as they are, so filling tokens gives the bytes rendering would. */
export function fillsExactly(site: Site): boolean {
  return Object.values(site).every((v) => v === escapeXml(v) && v === escapeHtml(v) && JSON.stringify(v) === `"${v}"`)
}

export function fillAnswer(template: string, site: Site): string {
  return template.replace(TOKEN, (_, name: keyof Site) => site[name])
}

/** Whether a text holds the start of a token (then no answer is kept: filling would change it). */
export const hasToken = (text: string): boolean => text.includes('\uE000')
