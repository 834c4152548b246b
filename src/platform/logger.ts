import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config.js';

export function loggerOptions(config: Pick<Config, 'logLevel' | 'isProduction'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // Never log credentials or session ids that later issues will carry in headers.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
}
