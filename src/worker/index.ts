/**
 * Worker entry point (wrangler.toml run_worker_first): the quick path
 * (quick.ts) answers kept answers and /healthz, the Hono app (app.ts)
 * everything else.
 */
import { app } from './app.ts'
import type { Env } from './env.ts'
import { quickAnswer } from './quick.ts'

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    return (await quickAnswer(request, env)) ?? app.fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env>
