// Leases on background jobs in job_state, so that with several processes on one database one
// of them does a job at a time. The row's value is the holder; updated_at is its last renewal.
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A holder name that says where it runs: "host:pid:random". */
export function newHolderName(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** True when the holder is a process on this machine that is no longer running. */
export function isDeadLocalHolder(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== os.hostname() || !pid || !/^\d+$/.test(pid)) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export class LeaseRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Takes (or renews) a lease on a job for one holder: true when this holder has it. A lease
   * older than `staleBefore` is taken over, so a crashed process does not block the job; so
   * is one whose holder is a process on this machine that has died (no need to wait).
   */
  async take(name: string, holder: string, now: string, staleBefore: string): Promise<boolean> {
    await this.db.insertInto('job_state').values({ name, value: holder, updated_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const current = await this.db.selectFrom('job_state').select('value').where('name', '=', name).executeTakeFirst();
    const deadHolder = current && current.value !== holder && isDeadLocalHolder(current.value) ? current.value : undefined;
    const taken = await this.db
      .updateTable('job_state')
      .set({ value: holder, updated_at: now })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('value', '=', holder), eb('updated_at', '<', staleBefore), ...(deadHolder ? [eb('value', '=', deadHolder)] : [])]))
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1;
  }

  async release(name: string, holder: string): Promise<void> {
    await this.db.deleteFrom('job_state').where('name', '=', name).where('value', '=', holder).execute();
  }
}
