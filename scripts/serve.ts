/**
 * `npm run serve`: the skill as a web service for Alexa (behind an HTTPS proxy or tunnel).
 * Request signature and timestamp verification are on unless turned off explicitly.
 */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import type { RecordStore } from '../lambda/src/stores/record-store';
import { createStore } from '../lambda/src/stores';
import { createServer } from './lib/server';

const HELP = `Upper Back Coach, web service

Serves the skill at POST / (Alexa request envelopes) and GET /health.

Options:
  --no-verify        do not check Alexa's request signature and timestamp
                     (local testing only; the same as SKIP_VERIFICATION=true)

Environment:
  PORT               port to listen on (default 3000)
  HOST               address to bind (default 127.0.0.1; 0.0.0.0 for every interface)
  SKIP_VERIFICATION  true turns verification off, like --no-verify
  SKILL_ID           refuse requests for any other skill
  PERSISTENCE        memory, file, dynamodb or none (default file, .local/progress.json)

Alexa only calls HTTPS endpoints: put a TLS proxy or tunnel in front of this port and
set the skill's endpoint to its URL.
`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    'no-verify': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function skipVerificationFromEnv(): boolean {
  const value = process.env.SKIP_VERIFICATION?.trim().toLowerCase();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return fail(`SKIP_VERIFICATION must be "true" or "false" (got "${process.env.SKIP_VERIFICATION}")`);
}

function portFromEnv(): number {
  const value = process.env.PORT?.trim();
  if (!value) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`PORT must be a whole number from 0 to 65535 (got "${process.env.PORT}")`);
  return port;
}

const verify = !(values['no-verify'] || skipVerificationFromEnv());
const port = portFromEnv();
const host = process.env.HOST?.trim() || '127.0.0.1';
const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');

if (!verify) {
  const why = values['no-verify'] ? '--no-verify' : 'SKIP_VERIFICATION=true';
  console.warn(
    [
      '',
      `WARNING: request signature and timestamp verification is OFF (${why}).`,
      'Anyone who can reach this port can send requests as any user. Use this for local',
      'testing only, never behind a public endpoint; Alexa certification requires verification.',
      ...(loopback ? [] : [`WARNING: and the server is bound to ${host}, not only to this machine.`]),
      '',
    ].join('\n'),
  );
}

function storeFromEnv(): RecordStore | undefined {
  try {
    return createStore(process.env);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const store = storeFromEnv();

const app = createServer({
  verify,
  store,
  skillId: process.env.SKILL_ID?.trim() || undefined,
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});

const server = app.listen(port, host, () => {
  const address = server.address();
  const shownPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = isIP(host) === 6 ? `[${host}]` : host;
  console.log(`Upper Back Coach listening on http://${shownHost}:${shownPort}`);
  console.log(`  POST /        Alexa requests (verification ${verify ? 'on' : 'OFF'})`);
  console.log('  GET  /health  health check');
});

server.on('error', (error: NodeJS.ErrnoException) => {
  fail(error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use; set PORT to another one.` : `Cannot listen on ${host}:${port}: ${error.message}`);
});

function shutDown(): void {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Whatever is still open after a moment is not worth waiting for.
  setTimeout(() => process.exit(0), 2_000).unref();
}
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
