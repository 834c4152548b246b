// Security headers from helmet, computed once at start-up and copied onto every reply.
// Running helmet per request costs ~100 µs of CPU; the header set never varies, so we
// let helmet decide the values and apply them as one precomputed object.
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
  },
};

export function computeSecurityHeaders(options: { isHttps: boolean }): Record<string, string> {
  const headers: Record<string, string> = {};
  const fakeRes = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  const middleware = helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // HSTS only means something over HTTPS; on a laptop's http://localhost it would be noise.
    strictTransportSecurity: options.isHttps ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  middleware({} as IncomingMessage, fakeRes, () => undefined);
  headers['permissions-policy'] = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';
  return headers;
}

/** Uploaded and attached files get a policy that forbids them running anything at all. */
export const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
