import { createServer } from 'node:http'
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// A stand-in for api.github.com on 127.0.0.1, for the Action under test
// (GITHUB_API_URL). It lives in the test process, so the Action must run
// with spawn, not spawnSync, or neither side could make progress.

export interface StubRequest {
  method: string
  /** The path without the query string. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The JSON body, parsed; undefined when there is none. */
  body: unknown
}

/**
 * Answers one request; not calling `res.end` leaves it hanging (the
 * server cuts such connections when it closes).
 */
export type StubRoute = (request: StubRequest, res: ServerResponse) => void

export interface ApiStub {
  url: string
  /** Every request since the last `reset`, in arrival order. */
  requests: StubRequest[]
  /** Forgets the requests and installs `route` (the default answers 404). */
  reset(route?: StubRoute): void
  close(): Promise<void>
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

const notFound: StubRoute = (_request, res) =>
  sendJson(res, 404, {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
  })

export async function startApiStub(
  route: StubRoute = notFound,
): Promise<ApiStub> {
  let current = route
  const requests: StubRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const text = Buffer.concat(chunks).toString('utf8')
      const request: StubRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      }
      requests.push(request)
      try {
        current(request, res)
      } catch (error) {
        sendJson(res, 599, { message: `stub route threw: ${String(error)}` })
      }
    })
  })
  await new Promise<void>((listening) =>
    server.listen(0, '127.0.0.1', listening),
  )
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reset(next = notFound) {
      requests.length = 0
      current = next
    },
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections()
        server.close(() => closed())
      }),
  }
}
