import type { RecordStore } from '../../lambda/src/stores/record-store';
import { ExpressAdapter, type Verifier } from 'ask-sdk-express-adapter';
import express, { type Express } from 'express';
import { buildSkill } from '../../lambda/src/skill';

/**
 * The skill as a web service (`npm run serve`): ask-sdk-express-adapter at `POST /`,
 * with Alexa's request signature and timestamp checked unless `verify: false`.
 * Nothing may parse the body before the adapter: the signature is over the raw bytes.
 */

export interface ServerOptions {
  /** Check each request's signature and timestamp as Alexa requires of a web service. Default: true. */
  verify?: boolean;
  /** Where progress is kept; without one, progress lasts for the session only. */
  store?: RecordStore;
  /** Requests for any other skill id are refused when set. */
  skillId?: string;
  /** Called with one line per request answered (method, path, status, milliseconds). */
  log?: (line: string) => void;
}

/**
 * Runs even with verification off: a body that is not a request envelope is the
 * caller's mistake, so it gets the adapter's 400 instead of a 500 from the dispatcher.
 */
export class EnvelopeShapeVerifier implements Verifier {
  async verify(body: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Error('the body is not JSON');
    }
    const request = typeof parsed === 'object' && parsed !== null ? (parsed as { request?: unknown }).request : undefined;
    const type = typeof request === 'object' && request !== null ? (request as { type?: unknown }).type : undefined;
    if (typeof type !== 'string') throw new Error('the body is not an Alexa request envelope (no request.type)');
  }
}

export function createServer(options: ServerOptions = {}): Express {
  const verify = options.verify ?? true;
  const skill = buildSkill({ store: options.store, skillId: options.skillId });
  const adapter = new ExpressAdapter(skill, verify, verify, [new EnvelopeShapeVerifier()]);

  const app = express();
  app.disable('x-powered-by');
  const log = options.log;
  if (log) {
    // Looks only at the method, path and status: the body stays untouched for the adapter.
    app.use((request, response, next) => {
      const started = Date.now();
      response.on('finish', () => log(`${request.method} ${request.path} ${response.statusCode} ${Date.now() - started} ms`));
      next();
    });
  }
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', verifySignature: verify, verifyTimestamp: verify });
  });
  app.post('/', ...adapter.getRequestHandlers());
  return app;
}
