/**
 * dynalite in a process of its own for `npm run load`, so that the database's work is not
 * counted against the load generator or the web service: prints its endpoint, with the
 * progress table made as the stack makes it, and runs until it is stopped.
 */
import { createProgressTable, startDynalite } from '../lib/dynalite';

async function main(): Promise<void> {
  const tableName = process.argv[2] ?? 'upper-back-coach-load';
  const dynamo = await startDynalite();
  await createProgressTable(dynamo.endpoint, tableName);
  process.stdout.write(`${JSON.stringify({ endpoint: dynamo.endpoint, tableName })}\n`);
  const stop = () => void dynamo.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
