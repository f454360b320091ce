/** Error answers: JSON on the API and feed routes (programs read them), HTML on pages (people do). */
import { renderErrorPage } from '../render/pages/error.tsx'
import type { Topic } from '../model.ts'
import type { Site } from './env.ts'
import { CACHE_ERROR, CACHE_NONE, CORS_HEADERS, VARY } from './http.ts'

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 503: 'Service Unavailable' }

export interface ErrorDetail {
  message: string
  parameter?: string
  valid_topics?: string[]
}

/** `{"status":400,"error":"Bad Request","parameter":"limit","message":"limit: must be …"}` */
export function jsonError(status: number, detail: ErrorDetail, headers: Record<string, string> = {}): Response {
  const body = { status, error: REASONS[status] ?? 'Error', ...detail }
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      // A missing topic or article may appear with the next build; a bad parameter stays bad but costs nothing.
      'Cache-Control': status === 404 ? CACHE_ERROR : CACHE_NONE,
      Vary: VARY,
      'X-Content-Type-Options': 'nosniff',
      ...CORS_HEADERS,
      ...headers,
    },
  })
}

export function htmlError(status: number, site: Site, topics: Topic[], message: string, headers: Record<string, string> = {}): Response {
  const body = renderErrorPage({ site, topics, title: REASONS[status] ?? 'Error', message })
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': status === 404 ? CACHE_ERROR : CACHE_NONE,
      Vary: VARY,
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  })
}
