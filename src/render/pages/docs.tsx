/**
 * `/docs`: the OpenAPI contract as a page a person reads: each route with its
 * parameters, answers and an example that answers, then each answer's
 * fields. Rendered here from the document itself, so it says exactly what
 * `/openapi.json` says; no script, font or stylesheet comes from elsewhere.
 */
import type { Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { contractUrl } from '../urls.ts'
import { htmlDocument } from './document.ts'
import { feedLinks, Layout, type LayoutProps } from './frame.tsx'

/** The parts of an OpenAPI 3.1 document this page shows. */
export interface ContractView {
  info: { title: string; description?: string }
  tags?: { name: string; description?: string }[]
  paths: Record<string, { get?: Operation }>
  components?: { schemas?: Record<string, JsonSchema> }
}

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: { name: string; in: string; description?: string; required?: boolean; schema?: JsonSchema }[]
  responses: Record<string, { description: string; content?: Record<string, { schema?: JsonSchema }> }>
  'x-example'?: string
}

interface JsonSchema {
  $ref?: string
  type?: string | string[]
  format?: string
  description?: string
  example?: unknown
  minimum?: number
  maximum?: number
  default?: unknown
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
}

const refName = (ref: string): string => ref.replace(/^#\/components\/schemas\//, '')

/** A schema in a few words: "Article", "array of Story", "string (date-time)", "integer 1 to 100 (default 20)". */
export function describeSchema(s: JsonSchema | undefined): string {
  if (!s) return ''
  if (s.$ref) return refName(s.$ref)
  if (s.anyOf) return s.anyOf.map(describeSchema).filter(Boolean).join(' or ')
  const types = (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []).filter((t) => t !== 'null')
  const nullable = Array.isArray(s.type) && s.type.includes('null') ? ' or null' : ''
  let text = types.join(' or ')
  if (types[0] === 'array') text = `array of ${describeSchema(s.items) || 'values'}`
  if (s.const !== undefined) text = JSON.stringify(s.const)
  if (s.enum) text = s.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (s.format) text += text ? ` (${s.format})` : s.format
  if (s.minimum !== undefined && s.maximum !== undefined) text += ` ${s.minimum} to ${s.maximum}`
  if (s.default !== undefined) text += ` (default ${JSON.stringify(s.default)})`
  return text + nullable
}

function Schema(p: { name: string; schema: JsonSchema }) {
  const required = new Set(p.schema.required ?? [])
  return (
    <section id={`schema-${p.name}`}>
      <h3>{p.name}</h3>
      {p.schema.description ? <p>{cleanText(p.schema.description)}</p> : null}
      <ul>
        {Object.entries(p.schema.properties ?? {}).map(([field, s]) => (
          <li>
            <code>{field}</code> <span class="meta">{describeSchema(s)}{required.has(field) ? '' : ', optional'}</span>
            {s.description ? ` — ${cleanText(s.description)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}

function Route(p: { path: string; op: Operation; site: string }) {
  const example = p.op['x-example']
  return (
    <section id={p.op.operationId}>
      <h3>
        <code>GET {p.path}</code>
      </h3>
      {p.op.description ? <p>{cleanText(p.op.description)}</p> : null}
      {example ? (
        <p class="meta">
          Example: <a href={p.site + example}>{example}</a>
        </p>
      ) : null}
      {p.op.parameters && p.op.parameters.length > 0 ? (
        <>
          <h4>Parameters</h4>
          <ul>
            {p.op.parameters.map((param) => (
              <li>
                <code>{param.name}</code>{' '}
                <span class="meta">
                  {param.in}
                  {param.required ? ', required' : ''}; {describeSchema(param.schema)}
                  {param.schema?.example !== undefined ? `; e.g. ${String(param.schema.example)}` : ''}
                </span>
                {param.description ? ` — ${cleanText(param.description)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>Answers</h4>
      <ul>
        {Object.entries(p.op.responses).map(([status, r]) => (
          <li>
            <strong>{status}</strong> {cleanText(r.description)}
            {Object.entries(r.content ?? {}).map(([type, media]) => {
              const name = media.schema?.$ref ? refName(media.schema.$ref) : undefined
              return (
                <span class="meta">
                  {' '}
                  <code>{type}</code>
                  {name ? (
                    <>
                      {' '}
                      <a href={`#schema-${name}`}>{name}</a>
                    </>
                  ) : null}
                </span>
              )
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function renderDocsPage(p: { site: LayoutProps['site']; topics: Topic[]; contract: ContractView }): string {
  const c = p.contract
  const operations = Object.entries(c.paths).flatMap(([path, item]) => (item.get ? [{ path, op: item.get }] : []))
  const tags = c.tags ?? [...new Set(operations.flatMap((o) => o.op.tags ?? []))].map((name) => ({ name, description: undefined }))
  return htmlDocument(
    <Layout site={p.site} canonical={`${p.site.url}/docs`} title="API reference" description="Every route, parameter and answer of this feed service." topics={p.topics} feeds={feedLinks(p.site.title, p.site.url)}>
      <h1>API reference</h1>
      {c.info.description ? <p>{cleanText(c.info.description)}</p> : null}
      <p class="meta">
        The same contract as an OpenAPI 3.1 document: <a href={contractUrl(p.site.url)}>openapi.json</a>.
      </p>
      <nav aria-label="Routes">
        <ul>
          {operations.map((o) => (
            <li>
              <a href={`#${o.op.operationId}`}>{o.path}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section>
          <h2>{tag.name}</h2>
          {tag.description ? <p class="meta">{cleanText(tag.description)}</p> : null}
          {operations
            .filter((o) => o.op.tags?.includes(tag.name))
            .map((o) => (
              <Route path={o.path} op={o.op} site={p.site.url} />
            ))}
        </section>
      ))}
      <h2>Answers</h2>
      {Object.entries(c.components?.schemas ?? {}).map(([name, schema]) => (
        <Schema name={name} schema={schema} />
      ))}
    </Layout>,
  )
}
