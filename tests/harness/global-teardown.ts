import type { HarnessGlobals } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const harness = globalThis as HarnessGlobals;
  const server = harness.__dynaliteServer;
  if (!server) return;
  harness.__dynaliteServer = undefined;
  // Keep-alive sockets from test clients would otherwise hold close() open.
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
