import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Two projects: the build (pure stages and the CLI) runs in Node; the Worker
// runs inside workerd through the Cloudflare plugin, against the real app.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
    ],
  },
})
