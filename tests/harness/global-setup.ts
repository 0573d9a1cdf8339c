import { startDynalite, type LocalDynamo } from '../../scripts/lib/dynalite';

/** Where global-teardown finds the server: setup and teardown run in the same (parent) process. */
export type HarnessGlobals = typeof globalThis & { __dynalite?: LocalDynamo };

/**
 * Starts one in-memory DynamoDB (dynalite) for the whole run on a random port,
 * so parallel runs on one machine never collide. Tests read the endpoint from
 * DYNALITE_ENDPOINT: env set here is inherited by the jest worker processes.
 */
export default async function globalSetup(): Promise<void> {
  // The v3 SDK warns about Node 20's upcoming end of support on first use; it is noise in test output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynalite();
  (globalThis as HarnessGlobals).__dynalite = dynamo;
  process.env.DYNALITE_ENDPOINT = dynamo.endpoint;
}
