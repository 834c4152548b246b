import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('works with no variables at all, on SQLite under ./data', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.database.dialect, 'sqlite');
    assert.match(config.database.dialect === 'sqlite' ? config.database.file : '', /data\/pulse\.db$/);
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.isSessionSecretGenerated, true);
    assert.ok(Object.isFrozen(config));
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/pulse' });
    assert.equal(config.database.dialect, 'postgres');
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['PORT', { PORT: 'eighty' }, /PORT: must be a whole number/],
    ['PORT', { PORT: '70000' }, /PORT/],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must start with postgres:\/\//],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL: is not a valid URL/],
    ['REDIS_URL', { REDIS_URL: 'http://x' }, /REDIS_URL/],
    ['SMTP_URL', { SMTP_URL: 'ftp://x' }, /SMTP_URL/],
    ['MAIL_FROM', { MAIL_FROM: 'nobody' }, /MAIL_FROM: must be an email address/],
    ['PUBLIC_URL', { PUBLIC_URL: 'example.org' }, /PUBLIC_URL/],
    ['SESSION_SECRET', { SESSION_SECRET: 'short' }, /SESSION_SECRET: must be at least 32/],
    ['SESSION_SECRET in production', { NODE_ENV: 'production' }, /SESSION_SECRET: must be set/],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ];
  for (const [name, env, message] of bad) {
    it(`refuses a bad ${name} with a message naming it`, () => {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
    });
  }

  it('trims a trailing slash from PUBLIC_URL', () => {
    assert.equal(loadConfig({ PUBLIC_URL: 'https://news.example.org/' }).publicUrl, 'https://news.example.org');
  });
});
