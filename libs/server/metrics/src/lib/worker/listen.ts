import type { Server } from 'node:http';

/**
 * Listens on `port` (0: any free one) on every interface. A port another process holds is one line naming
 * the variable to change, since several workers (npm start, the end-to-end stack, tests) share a machine.
 */
export function listen(server: Server, port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (e: NodeJS.ErrnoException): void => {
      server.off('listening', listening);
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `${variable} ${port} is already in use (another Navdesk worker on this machine?): give each worker its own port, or 0 for any free one`
            : `cannot listen on ${variable} ${port}: ${e.message}`,
        ),
      );
    };
    const listening = (): void => {
      server.off('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port);
  });
}
