/** Worker entry point: the Hono app serves every request (wrangler.toml run_worker_first). */
import { app } from './app.ts'

export default app
