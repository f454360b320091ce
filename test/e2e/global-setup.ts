/**
 * Lays out the fixture catalog, then starts the real Worker (wrangler's
 * unstable_startWorker, same config as the workerd tests) on 127.0.0.1 and
 * hands its URL to the e2e tests. Nothing leaves the machine: the `Request.cf`
 * download and Wrangler's metrics are switched off.
 */
import type { TestProject } from 'vitest/node'
import { writeTestSite } from '../fixtures/catalog/write-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    workerUrl: string
  }
}

export default async function setup(project: TestProject) {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'
  process.env.WRANGLER_SEND_METRICS = 'false'
  await writeTestSite()
  const { unstable_startWorker } = await import('wrangler')
  const worker = await unstable_startWorker({
    config: 'test/fixtures/catalog/wrangler.toml',
    dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, watch: false, logLevel: 'warn' },
  } as Parameters<typeof unstable_startWorker>[0])
  const url = await worker.url
  project.provide('workerUrl', url.origin)
  return async () => {
    await worker.dispose()
  }
}
