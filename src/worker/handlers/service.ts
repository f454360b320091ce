/** The service's own routes: liveness, and the contract in brief (/api), in full (/openapi.json) and as a page (/docs). */
import type { Handler } from 'hono'
import { renderDocsPage } from '../../render/pages/docs.tsx'
import { loadContract, type ServedCatalog } from '../../served/read.ts'
import type { AppEnv } from '../env.ts'
import { exampleValues, fillExample } from '../examples.ts'
import { CACHE_NONE, respond } from '../http.ts'
import { parameterDocs } from '../params.ts'
import { ROUTE, ROUTES } from '../routes.ts'
import { jsonAnswer } from './api.ts'
import { html } from './pages.tsx'

/** Liveness: the catalog loaded, its version and size. Asked by the app and by the quick path (quick.ts). */
export function healthAnswer(catalog: ServedCatalog): Response {
  const body = { status: 'ok', version: catalog.index.version, articles: catalog.index.articleCount }
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_NONE },
  })
}

export const healthz: Handler<AppEnv> = (c) => healthAnswer(c.var.checked.catalog)

/** Every route and parameter in a few lines each, with examples that answer, and where the full contract is. */
export const api: Handler<AppEnv> = (c) => {
  const { catalog, site } = c.var.checked
  const values = exampleValues(catalog.index)
  const fill = <T extends { example: string }>(doc: T): T => ({ ...doc, example: fillExample(doc.example, values) })
  const summary = {
    openapi: site.url + ROUTE.openapi.path,
    docs: site.url + ROUTE.docs.path,
    routes: ROUTES.map((r) => fill({ path: r.path, description: r.description, scope: r.scope, example: r.example })),
    parameters: parameterDocs().map(fill),
  }
  return jsonAnswer(c, summary, catalog.newest)
}

export const openapi: Handler<AppEnv> = async (c) => {
  const { catalog } = c.var.checked
  return respond(c.req.raw, { body: await loadContract(c.env.ASSETS), type: 'application/json', lastModified: catalog.newest })
}

export const docs: Handler<AppEnv> = async (c) => {
  const { catalog, site } = c.var.checked
  const contract = JSON.parse(await loadContract(c.env.ASSETS))
  return html(c, renderDocsPage({ site, topics: catalog.index.topics, contract }), catalog.newest)
}
