import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Three projects: the pipeline (pure stages and the build CLI) runs in Node; the Worker
// runs inside workerd through the Cloudflare plugin, against the real app and
// the fixture catalog; e2e starts the real Worker on loopback and reads it
// with feed parsers others wrote and with Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'pipeline', include: ['test/pipeline/**/*.test.ts', 'test/bench/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './test/fixtures/catalog/wrangler.toml' } })],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          globalSetup: ['test/fixtures/catalog/write-site.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Worker and one browser at a time on a shared 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
})
