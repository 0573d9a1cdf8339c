import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

/** Small local servers standing in for Alexa's APIs and for a database that misbehaves. */

export interface LocalServer {
  endpoint: string;
  close(): Promise<void>;
}

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; endpoint: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${port}` };
}

async function closeServer(server: Server): Promise<void> {
  // Requests left hanging on purpose would otherwise hold close() open.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** How the fake settings API answers GET /v2/devices/{deviceId}/settings/System.timeZone. */
export type SettingsBehaviour =
  | { timeZone: string }
  | { status: number }
  | { body: string }
  /** Accepts the request and never answers. */
  | { hang: true };

export interface SettingsApi extends LocalServer {
  /** Every request the skill made: path and Authorization header. */
  readonly calls: { path: string; authorization: string | undefined }[];
  behaviour: SettingsBehaviour;
}

/** The Alexa settings API on 127.0.0.1, answering the device time zone as a JSON string. */
export async function settingsApi(behaviour: SettingsBehaviour): Promise<SettingsApi> {
  const calls: SettingsApi['calls'] = [];
  const api: { behaviour: SettingsBehaviour } = { behaviour };
  const { server, endpoint } = await listen((request, response) => {
    calls.push({ path: request.url ?? '', authorization: request.headers.authorization });
    const current = api.behaviour;
    if ('hang' in current) return;
    if (!/^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(request.url ?? '')) {
      response.writeHead(404).end();
      return;
    }
    if ('status' in current) {
      response.writeHead(current.status, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'FORBIDDEN', message: 'nope' }));
      return;
    }
    const body = 'timeZone' in current ? JSON.stringify(current.timeZone) : current.body;
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  return {
    endpoint,
    calls,
    get behaviour() {
      return api.behaviour;
    },
    set behaviour(next: SettingsBehaviour) {
      api.behaviour = next;
    },
    close: () => closeServer(server),
  };
}

/** An HTTP server that accepts every request and never answers: a hung database. */
export async function silentServer(): Promise<LocalServer> {
  const { server, endpoint } = await listen(() => undefined);
  return { endpoint, close: () => closeServer(server) };
}

/** A port on 127.0.0.1 that nothing listens on: an unreachable endpoint. */
export async function closedPortEndpoint(): Promise<string> {
  const port = await new Promise<number>((resolve) => {
    const probe = createTcpServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  return `http://127.0.0.1:${port}`;
}
