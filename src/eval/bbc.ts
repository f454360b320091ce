/**
 * Reads a data set shaped like bbc-dev:
 *
 *   articles/<category>/<n>.txt    first line the headline, then the body
 *   summaries/<category>/<n>.txt   the reference summary of the same article
 *
 * Body paragraphs are separated by blank lines; a body without blank lines
 * has one paragraph per line. Files that are not valid UTF-8 are read as
 * Latin-1, the encoding of the original BBC release.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Block } from '../model.ts'

export interface BbcArticle {
  /** "business/012". */
  id: string
  category: string
  title: string
  body: Block[]
  /** The reference summary, or null when the set has none for this article. */
  reference: string | null
}

const subdirs = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort() : []
const textFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))

/** True when `dir` has category folders of .txt articles under articles/ and a summaries/ folder. */
export function isBbcDir(dir: string): boolean {
  const articles = join(dir, 'articles')
  const categories = subdirs(articles)
  return (
    categories.length > 0 &&
    existsSync(join(dir, 'summaries')) &&
    categories.some((c) => textFiles(join(articles, c)).length > 0)
  )
}

export function readBbc(dir: string): BbcArticle[] {
  const out: BbcArticle[] = []
  for (const category of subdirs(join(dir, 'articles'))) {
    for (const file of textFiles(join(dir, 'articles', category))) {
      const path = join(dir, 'articles', category, file)
      const [firstLine = '', ...rest] = readText(path).replace(/\r\n?/g, '\n').split('\n')
      const title = firstLine.trim()
      if (!title) throw new Error(`bbc: ${path}: the first line (the headline) is empty`)
      const summaryPath = join(dir, 'summaries', category, file)
      out.push({
        id: `${category}/${file.replace(/\.txt$/, '')}`,
        category,
        title,
        body: paragraphs(rest.join('\n')),
        reference: existsSync(summaryPath) ? readText(summaryPath).trim() : null,
      })
    }
  }
  return out
}

function paragraphs(body: string): Block[] {
  const trimmed = body.trim()
  if (!trimmed) return []
  const chunks = /\n\s*\n/.test(trimmed)
    ? trimmed.split(/\n\s*\n/).map((chunk) => chunk.replace(/\s*\n\s*/g, ' '))
    : trimmed.split('\n')
  return chunks.map((text) => text.trim()).filter(Boolean).map((text) => ({ type: 'p', text }))
}

function readText(path: string): string {
  const bytes = readFileSync(path)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('latin1').decode(bytes)
  }
}
