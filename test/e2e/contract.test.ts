/**
 * The OpenAPI contract, held to what the running Worker does: the document
 * passes an OpenAPI 3.1 validator others wrote; every documented path answers
 * its example with the documented status and media type, and every JSON
 * answer and error validates against the documented schema (Ajv, JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1).
 */
import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, inject, it } from 'vitest'

const base = inject('workerUrl')

let contract: any
let ajv: Ajv2020

beforeAll(async () => {
  const res = await fetch(`${base}/openapi.json`)
  expect(res.status).toBe(200)
  contract = await res.json()
  // OpenAPI adds keywords JSON Schema does not know (example): not strict.
  ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema(contract, 'contract')
})

/** Validates a value against a schema of the contract, given as it appears there (usually a $ref). */
function conforms(schema: any, value: unknown): string[] {
  const ref = schema.$ref ? { $ref: `contract${schema.$ref}` } : schema
  const validate = ajv.compile(ref)
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

const operations = () =>
  Object.entries(contract.paths as Record<string, { get: any }>).map(([path, item]) => ({ path, op: item.get }))

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(contract))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(contract.openapi).toBe('3.1.0')
  })

  it('documents every route the README and /api list, and nothing else', async () => {
    const summary = (await (await fetch(`${base}/api`)).json()) as any
    expect(Object.keys(contract.paths).sort()).toEqual(summary.routes.map((r: any) => r.path).sort())
    expect(summary.openapi).toBe(`${base}/openapi.json`)
  })

  it('fills every example from the catalog served', () => {
    for (const { path, op } of operations()) {
      expect(op['x-example'], path).not.toMatch(/[{}]/)
      for (const p of op.parameters ?? []) expect(JSON.stringify(p.schema?.example ?? ''), `${path} ${p.name}`).not.toMatch(/[{}]/)
    }
  })
})

describe('every documented path', () => {
  it('answers its example with the documented status, media type and schema', async () => {
    for (const { op } of operations()) {
      const example: string = op['x-example']
      const res = await fetch(base + example, { redirect: 'manual' })
      expect(res.status, example).toBe(200)
      const [type, media] = Object.entries(op.responses['200'].content as Record<string, any>)[0]!
      // Text carries its charset; the PNG and ICO icons are bytes.
      const binary = /^image\/(png|vnd\.microsoft\.icon)$/.test(type)
      expect(res.headers.get('Content-Type'), example).toBe(binary ? type : `${type}; charset=utf-8`)
      const body = await res.text()
      if (type === 'application/json' && media.schema?.$ref) expect(conforms(media.schema, JSON.parse(body)), example).toEqual([])
    }
  })

  it('accepts each documented parameter with its documented example', async () => {
    for (const { path, op } of operations()) {
      const example = new URL(base + op['x-example'])
      for (const p of (op.parameters ?? []).filter((p: any) => p.in === 'query')) {
        const url = new URL(example.pathname, base)
        url.searchParams.set(p.name, String(p.schema.example))
        const res = await fetch(url, { redirect: 'manual' })
        // Either served, or redirected to the canonical spelling of the same query.
        expect([200, 301], `${path}?${p.name}=${p.schema.example}`).toContain(res.status)
      }
    }
  })

  it('answers an unknown parameter with the documented 400, naming it', async () => {
    for (const { path, op } of operations()) {
      const example = new URL(base + op['x-example'])
      const res = await fetch(`${base}${example.pathname}?nonsense=1`, { redirect: 'manual' })
      expect(res.status, path).toBe(400)
      const [type, media] = Object.entries(op.responses['400'].content as Record<string, any>)[0]!
      expect(res.headers.get('Content-Type'), path).toBe(`${type}; charset=utf-8`)
      if (type === 'application/json') {
        const body = (await res.json()) as any
        expect(conforms(media.schema, body), path).toEqual([])
        expect(body.parameter).toBe('nonsense')
      }
    }
  })

  it('answers an unknown id or topic with the documented 404', async () => {
    for (const { path, op } of operations().filter((o) => o.op.responses['404'])) {
      const url = base + path.replace(/\{\w+\}/g, 'zz-nothing-here')
      const res = await fetch(url, { redirect: 'manual' })
      expect(res.status, url).toBe(404)
      const [type, media] = Object.entries(op.responses['404'].content as Record<string, any>)[0]!
      expect(res.headers.get('Content-Type'), url).toBe(`${type}; charset=utf-8`)
      if (type === 'application/json') expect(conforms(media.schema, await res.json()), url).toEqual([])
    }
  })

  it('answers a query past the length limit with the documented 414', async () => {
    for (const { path, op } of operations()) {
      const example = new URL(base + op['x-example'])
      const res = await fetch(`${base}${example.pathname}?q=${'a'.repeat(3000)}`, { redirect: 'manual' })
      expect(res.status, path).toBe(414)
      const [type, media] = Object.entries(op.responses['414'].content as Record<string, any>)[0]!
      expect(res.headers.get('Content-Type'), path).toBe(`${type}; charset=utf-8`)
      if (type === 'application/json') expect(conforms(media.schema, await res.json()), path).toEqual([])
    }
  })

  it('documents limit with the bounds the Worker enforces', async () => {
    const limit = contract.paths['/api/articles'].get.parameters.find((p: any) => p.name === 'limit').schema
    expect(limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
    expect((await fetch(`${base}/api/articles?limit=${limit.maximum}`)).status).toBe(200)
    expect((await fetch(`${base}/api/articles?limit=${limit.maximum + 1}`)).status).toBe(400)
    expect((await fetch(`${base}/api/articles?limit=${limit.minimum - 1}`)).status).toBe(400)
  })
})
