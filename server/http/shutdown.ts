import type { Server } from 'node:http';

/** How long requests already on their way get to arrive before idle connections are closed. */
const ARRIVAL_MS = 500;

/**
 * Stops taking connections and lets the requests in flight finish. First every answer says
 * `Connection: close` and requests already sent get a moment to arrive (closing a connection
 * whose request is still unread would reset it); then the listener closes, idle keep-alive
 * connections are closed as they become idle, and after `graceMs` whatever is left is cut.
 */
export async function closeGracefully(server: Server, graceMs: number): Promise<void> {
  server.on('request', (_req, res) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  });
  await new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS));
  await new Promise<void>((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      resolve();
    });
  });
}
