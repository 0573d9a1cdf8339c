import type { HarnessGlobals } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const harness = globalThis as HarnessGlobals;
  const dynamo = harness.__dynalite;
  harness.__dynalite = undefined;
  await dynamo?.close();
}
