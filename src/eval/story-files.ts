/**
 * Reads a data set of news stories with highlights in the CNN / Daily Mail
 * corpus's `.story` shape (Hermann et al., 2015), one story a file:
 *
 *   paragraphs of the article, separated by blank lines
 *
 *   @highlight
 *
 *   a human-written highlight sentence
 *
 *   @highlight
 *   …
 *
 * The id is the file name without `.story`; the reference is the highlights
 * joined as sentences (a full stop added where one has none). The format has
 * no headline, so the title is empty.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Block } from '../model.ts'

export interface StoryWithHighlights {
  id: string
  title: string
  body: Block[]
  highlights: string[]
  reference: string
}

const storyFiles = (dir: string) =>
  existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((name) => name.endsWith('.story')).sort() : []

/** True when `dir` holds at least one `.story` file. */
export function isStoryDir(dir: string): boolean {
  return storyFiles(dir).length > 0
}

/** One `.story` text as paragraphs and highlights; `name` is only for the error message. */
export function parseStory(text: string, name: string): { body: Block[]; highlights: string[] } {
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((c) => c.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean)
  const body: Block[] = []
  const highlights: string[] = []
  let inHighlight = false
  for (const chunk of chunks) {
    if (chunk === '@highlight') inHighlight = true
    else if (chunk.startsWith('@highlight ')) highlights.push(chunk.slice('@highlight '.length).trim())
    else if (inHighlight) {
      highlights.push(chunk)
      inHighlight = false
    } else body.push({ type: 'p', text: chunk })
  }
  if (body.length === 0) throw new Error(`stories: ${name}: no article text before the first @highlight`)
  if (highlights.length === 0) throw new Error(`stories: ${name}: no @highlight, so no reference to score against`)
  return { body, highlights }
}

export function readStories(dir: string): StoryWithHighlights[] {
  return storyFiles(dir).map((file) => {
    const { body, highlights } = parseStory(readFileSync(join(dir, file), 'utf8'), join(dir, file))
    return {
      id: file.replace(/\.story$/, ''),
      title: '',
      body,
      highlights,
      reference: highlights.map((h) => (/[.!?]["”’]?$/.test(h) ? h : `${h}.`)).join(' '),
    }
  })
}
