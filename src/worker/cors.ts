/**
 * Feeds and the API are public data: any page may read them, and the
 * validators a client needs to revalidate; a preflight is needed when a
 * script sends If-None-Match itself. Reading is all there is: a preflight
 * allows GET and HEAD only (Fetch §4.8: Access-Control-Allow-Methods lists
 * the methods a script may then send). Pages get no CORS. Used by the app
 * (app.ts) on every route whose audience is JSON, and by the quick path
 * (quick.ts), which puts on the headers it adds to a GET answer.
 */
import { cors } from 'hono/cors'

export const publicData = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  allowHeaders: ['If-None-Match', 'If-Modified-Since'],
  exposeHeaders: ['ETag', 'Last-Modified'],
  maxAge: 86400,
})
