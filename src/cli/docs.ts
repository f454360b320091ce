/**
 * `npm run docs`: writes the route and parameter tables into README.md
 * between `<!-- routes:start -->` and `<!-- routes:end -->`, from the same
 * ROUTES list and parameter schema that /api serves, with examples filled
 * from the last build of the seeds (dist/site), so each example answers under
 * `npm start`. A test checks that the README names every route and parameter.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { ServedIndex } from '../served/index.ts'
import { indexPath } from '../served/index.ts'
import { type ExampleValues, exampleValues, fillExample } from '../worker/examples.ts'
import { ROUTES } from '../worker/routes.ts'
import { parameterDocs } from '../worker/params.ts'

export const START = '<!-- routes:start -->'
export const END = '<!-- routes:end -->'

/** Where each parameter scope applies, in a reader's words. */
const SCOPES: Record<string, string> = {
  feed: 'feeds',
  'topic-feed': 'topic feeds and pages',
  list: '`/api/articles`, `/api/stories`',
  page: '`/`, `/stories`',
  embed: '`/embed`',
  'topic-embed': '`/topics/{slug}/embed`',
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

export function routesMarkdown(values: ExampleValues): string {
  return [
    '## Routes',
    '',
    'Every route answers `GET` and `HEAD` (`OPTIONS` answers a CORS preflight; any other method gets `405` with `Allow`). The same list is served as JSON at `/api`, and in full as an OpenAPI 3.1 contract at `/openapi.json` and as a page at `/docs`. Examples are from the seeds (`npm start`).',
    '',
    '| route | answers | example |',
    '| --- | --- | --- |',
    ...ROUTES.map((r) => {
      const example = fillExample(r.example, values)
      return `| \`${r.path}\` | ${cell(r.description)} | [\`${cell(example)}\`](http://localhost:8787${example}) |`
    }),
    '',
    '### Parameters',
    '',
    '| parameter | meaning | accepted on | example |',
    '| --- | --- | --- | --- |',
    ...parameterDocs().map(
      (p) => `| \`${p.name}\` | ${cell(p.description)} | ${p.routes.map((s) => SCOPES[s] ?? s).join('; ')} | \`${cell(fillExample(p.example, values))}\` |`,
    ),
  ].join('\n')
}

export function withRoutes(readme: string, values: ExampleValues): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} … ${END} are missing`)
  return `${readme.slice(0, start + START.length)}\n${routesMarkdown(values)}\n${readme.slice(end)}`
}

if (import.meta.main) {
  const index = `dist/site/${indexPath()}`
  if (!existsSync(index)) {
    console.error('docs: no build in dist/site; run `npm run build` first')
    process.exit(1)
  }
  const values = exampleValues(JSON.parse(readFileSync(index, 'utf8')) as ServedIndex)
  writeFileSync('README.md', withRoutes(readFileSync('README.md', 'utf8'), values))
  console.log('README.md: routes and parameters updated')
}
