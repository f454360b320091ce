/**
 * `npm run docs`: writes the route and parameter tables into README.md
 * between `<!-- routes:start -->` and `<!-- routes:end -->`, from the same
 * ROUTES list and parameter schema that /api serves, so the README cannot
 * drift from the code (a test compares them).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { ROUTES } from '../worker/docs.ts'
import { parameterDocs } from '../worker/params.ts'

export const START = '<!-- routes:start -->'
export const END = '<!-- routes:end -->'

const cell = (text: string) => text.replace(/\|/g, '\\|')

export function routesMarkdown(): string {
  const lines = [
    '## Routes',
    '',
    'Every route answers `GET` and `HEAD` (`OPTIONS` answers a CORS preflight; any other method gets `405` with `Allow`). The same list, with parameters, is served as JSON at `/api`.',
    '',
    '| route | answers | example |',
    '| --- | --- | --- |',
    ...ROUTES.map((r) => `| \`${r.path}\` | ${cell(r.description)} | [\`${cell(r.example)}\`](http://localhost:8787${r.example}) |`),
    '',
    '### Parameters',
    '',
    '| parameter | meaning | accepted on | example |',
    '| --- | --- | --- | --- |',
    ...parameterDocs().map((p) => `| \`${p.name}\` | ${cell(p.description)} | ${p.routes.join(', ')} | \`${cell(p.example)}\` |`),
  ]
  return lines.join('\n')
}

export function withRoutes(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} … ${END} are missing`)
  return `${readme.slice(0, start + START.length)}\n${routesMarkdown()}\n${readme.slice(end)}`
}

if (import.meta.main) {
  const readme = readFileSync('README.md', 'utf8')
  writeFileSync('README.md', withRoutes(readme))
  console.log('README.md: routes and parameters updated')
}
