// Liveness, readiness and metrics for whoever runs Pulse (a load balancer, Prometheus).
import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import { pendingMigrations } from '../db/migrate.js';
import type { Metrics } from '../platform/metrics.js';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'ok' | 'pending' | 'unknown';
  pending?: string[];
}

export class HealthService {
  constructor(private readonly db: Db, private readonly metricsRegistry: Metrics) {}

  async readiness(): Promise<Readiness> {
    try {
      await sql`SELECT 1`.execute(this.db.kysely);
    } catch {
      return { ready: false, database: 'unreachable', migrations: 'unknown' };
    }
    const pending = await pendingMigrations(this.db);
    return pending.length === 0 ? { ready: true, database: 'ok', migrations: 'ok' } : { ready: false, database: 'ok', migrations: 'pending', pending };
  }

  get metricsContentType(): string {
    return this.metricsRegistry.registry.contentType;
  }

  metrics(): Promise<string> {
    return this.metricsRegistry.registry.metrics();
  }
}
