import { createAdaptorServer } from '@hono/node-server';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Server as NetServer } from 'node:net';

type Fetch = Parameters<typeof createAdaptorServer>[0]['fetch'];

/** A whole request, headers and body, arrives within this or the socket is closed (408). */
const REQUEST_TIMEOUT_MS = 60_000;
const HEADERS_TIMEOUT_MS = 10_000;

export interface HttpServer {
  server: Server;
  /** Stops taking requests, lets those in flight finish, closes every connection. */
  stop(): Promise<void>;
}

/**
 * The app on Node's HTTP server, with what Node leaves to the application: bounded time for a
 * request to arrive, no reuse of a connection whose request body was left unread, and a stop that
 * ends keep-alive connections instead of serving them forever.
 */
export function createHttpServer(fetch: Fetch): HttpServer {
  const server = createAdaptorServer({ fetch }) as Server;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;

  let stopping = false;
  // First in line: a response may be written before a later listener runs.
  server.prependListener('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    // Hono writes the head later (the handler is async): these headers join it.
    if (stopping) outgoing.setHeader('Connection', 'close');
    const writeHead = outgoing.writeHead;
    outgoing.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
      // Answered before its body arrived (413, a refusal): the rest is still on its way, and
      // @hono/node-server destroys the socket shortly after; the client must not reuse it.
      if (!incoming.complete && !this.headersSent) this.setHeader('Connection', 'close');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    outgoing.on('finish', () => {
      if (stopping) server.closeIdleConnections();
    });
  });

  return {
    server,
    stop() {
      stopping = true;
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
  };
}

/** Resolves once the port is taken, or rejects with the listen error (EADDRINUSE…). */
export function listen(server: NetServer, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
