/** A page component as a complete HTML document string (all components are synchronous). */
import type { JSX } from 'hono/jsx/jsx-runtime'

export function htmlDocument(node: JSX.Element): string {
  const html = node.toString()
  if (typeof html !== 'string') throw new Error('pages: components must be synchronous')
  return `<!DOCTYPE html>\n${html}\n`
}
