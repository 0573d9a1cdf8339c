import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** Where global-teardown finds the server: setup and teardown run in the same (parent) process. */
export type HarnessGlobals = typeof globalThis & { __dynaliteServer?: Server };

/**
 * Starts one in-memory DynamoDB (dynalite) for the whole run on a random port,
 * so parallel runs on one machine never collide. Tests read the endpoint from
 * DYNALITE_ENDPOINT: env set here is inherited by the jest worker processes.
 */
export default async function globalSetup(): Promise<void> {
  // The v3 SDK warns about Node 20's upcoming end of support on first use; it is noise in test output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  (globalThis as HarnessGlobals).__dynaliteServer = server;
  process.env.DYNALITE_ENDPOINT = `http://127.0.0.1:${port}`;
}
