import pino from 'pino';
import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config.js';

export function loggerOptions(config: Pick<Config, 'logLevel' | 'isProduction'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // Never log credentials or session ids that later issues will carry in headers.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    // Lines are buffered into 4 KB writes instead of one write per request; pino flushes
    // the buffer synchronously when the process exits, so nothing is lost on shutdown.
    ...(config.logLevel === 'silent' ? {} : { stream: pino.destination({ dest: 1, sync: false, minLength: 4096 }) }),
  };
}
