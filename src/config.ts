// The only module that reads process.env. Every variable is validated here and the
// process refuses to start with a message naming the variable when one is wrong.
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: { readonly dialect: 'sqlite'; readonly file: string } | { readonly dialect: 'postgres'; readonly url: string };
  readonly redisUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly sessionSecret: string;
  readonly isSessionSecretGenerated: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly isProduction: boolean;
  readonly seedDemoContent: boolean;
  /** DKIM signing of outgoing mail: all three of DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY, or none. */
  readonly dkim: { readonly domainName: string; readonly keySelector: string; readonly privateKey: string } | undefined;
  /** The domain of per-recipient return paths (VERP) and of the mailto unsubscribe address. */
  readonly returnPathDomain: string;
  /** The inbound SMTP listener for bounces, complaints and mailto unsubscribes; undefined: off. */
  readonly inboundSmtpPort: number | undefined;
  /** Newsletter messages per second, at most. */
  readonly newsletterRate: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function readPort(env: Env): number {
  const raw = env.PORT ?? '3000';
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${raw}"`);
  return Number(raw);
}

function readUrl(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return raw;
}

function readEmail(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  // Accept "Name <addr@host>" or a bare address.
  const address = /<([^>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address)) throw new ConfigError(name, `must be an email address such as "Pulse <news@example.org>", got "${raw}"`);
  return raw;
}

function readDkim(env: Env): Config['dkim'] {
  const values = { DKIM_DOMAIN: env.DKIM_DOMAIN || '', DKIM_SELECTOR: env.DKIM_SELECTOR || '', DKIM_PRIVATE_KEY: env.DKIM_PRIVATE_KEY || '' };
  const missing = Object.entries(values).filter(([, value]) => value === '').map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) throw new ConfigError(missing[0]!, 'must be set too: DKIM signing needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together');
  if (!/^[a-z0-9.-]+$/i.test(values.DKIM_DOMAIN)) throw new ConfigError('DKIM_DOMAIN', 'must be a domain name such as example.org');
  if (!/^[a-z0-9._-]+$/i.test(values.DKIM_SELECTOR)) throw new ConfigError('DKIM_SELECTOR', 'must be a selector such as pulse2026');
  // A PEM key passed in one line (as many deployment tools do) has its line breaks written as \n.
  const privateKey = values.DKIM_PRIVATE_KEY.replace(/\\n/g, '\n');
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(privateKey)) throw new ConfigError('DKIM_PRIVATE_KEY', 'must be a PEM private key ("-----BEGIN PRIVATE KEY-----…")');
  return { domainName: values.DKIM_DOMAIN, keySelector: values.DKIM_SELECTOR, privateKey };
}

function readInboundPort(env: Env): number | undefined {
  const raw = env.INBOUND_SMTP_PORT ?? '2525';
  if (raw === 'off') return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) throw new ConfigError('INBOUND_SMTP_PORT', `must be a port number (0 to 65535) or "off", got "${raw}"`);
  return Number(raw);
}

function readReturnPathDomain(env: Env, publicUrl: string): string {
  const raw = env.RETURN_PATH_DOMAIN || new URL(publicUrl).hostname;
  if (!/^[a-z0-9.-]+$/i.test(raw)) throw new ConfigError('RETURN_PATH_DOMAIN', 'must be a domain name such as bounces.example.org');
  return raw.toLowerCase();
}

function readRate(env: Env): number {
  const raw = env.NEWSLETTER_RATE ?? '50';
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw new ConfigError('NEWSLETTER_RATE', `must be a whole number of messages per second, at least 1, got "${raw}"`);
  return Number(raw);
}

export function loadConfig(env: Env = process.env): Config {
  const port = readPort(env);
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const publicUrlRaw = readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const publicUrl = publicUrlRaw.replace(/\/+$/, '');
  const secret = env.SESSION_SECRET;
  if (secret !== undefined && secret !== '' && secret.length < 32) throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters long');
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const isProduction = env.NODE_ENV === 'production';
  if (isProduction && !secret) throw new ConfigError('SESSION_SECRET', 'must be set when NODE_ENV=production');
  const seed = env.SEED_DEMO ?? 'true';
  if (seed !== 'true' && seed !== 'false') throw new ConfigError('SEED_DEMO', 'must be true or false');

  const config: Config = {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    database: databaseUrl ? { dialect: 'postgres', url: databaseUrl } : { dialect: 'sqlite', file: path.join(dataDir, 'pulse.db') },
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: readEmail(env, 'MAIL_FROM', `Pulse <no-reply@${new URL(publicUrl).hostname}>`),
    publicUrl,
    // A generated secret works for one laptop process; sessions end on restart.
    sessionSecret: secret || randomBytes(32).toString('hex'),
    isSessionSecretGenerated: !secret,
    logLevel,
    isProduction,
    seedDemoContent: seed === 'true',
    dkim: readDkim(env),
    returnPathDomain: readReturnPathDomain(env, publicUrl),
    inboundSmtpPort: readInboundPort(env),
    newsletterRate: readRate(env),
  };
  return Object.freeze(config);
}

/** loadConfig for a command (the server, the scripts): a bad variable ends the process with its name and EX_CONFIG. */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Pulse cannot start: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
