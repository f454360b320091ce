/**
 * A fixture HTTP server on 127.0.0.1 only, for the fetch and gather tests:
 * each path is a handler written for the case it pins. Requests are
 * recorded (path and headers) so tests can check what was asked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (req: IncomingMessage, res: ServerResponse, hits: number) => void

export interface FeedServer {
  base: string
  requests: { path: string; headers: IncomingMessage['headers'] }[]
  close: () => Promise<void>
}

export async function feedServer(routes: Record<string, Handler>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = []
  const hits = new Map<string, number>()
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ path, headers: req.headers })
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const handler = routes[path]
    if (handler) handler(req, res, hits.get(path)!)
    else res.writeHead(404).end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

export const rssFeed = (items: { guid: string; title: string; text: string; date?: string }[], title = 'Loopback News') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://loopback.example/</link>` +
  items.map((i) => `<item><title>${i.title}</title><guid isPermaLink="false">${i.guid}</guid><link>https://loopback.example/${i.guid}?utm_source=rss</link><description>${i.text}</description>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`).join('') +
  '</channel></rss>'
