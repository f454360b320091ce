import { Hono } from 'hono'
type Env = { ASSETS: Fetcher }
const app = new Hono<{ Bindings: Env }>()
app.get('/', async (c) => {
  const r = await c.env.ASSETS.fetch('https://assets.local/index.json')
  return c.text(await r.text())
})
export default app
