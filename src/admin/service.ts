// The admin domain's use cases: naming administrators (from the CLI) and reading the outbox.
// Roles live on the person (accounts); changing one ends their sessions, so new rights
// always come with a new session id.
import { Invalid } from '../errors.js';
import type { Db } from '../db/connection.js';
import type { AccountRepo } from '../accounts/repo.js';
import { normaliseEmail } from '../accounts/service.js';
import type { SessionService } from '../accounts/sessions.js';
import { SetupService } from '../accounts/setup.js';
import { OutboxMailer, type Mailer } from '../platform/email/mailer.js';
import { OutboxRepo } from '../platform/email/outbox-repo.js';

export type CreateAdminOutcome =
  | { kind: 'promoted'; email: string; name: string; isEmailVerified: boolean }
  | { kind: 'already-admin'; email: string }
  /** Nobody has this address yet: a one-time link that creates their admin account. */
  | { kind: 'link'; email: string; url: string };

export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export class AdminService {
  constructor(
    private readonly repo: AccountRepo,
    private readonly setup: SetupService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Makes the person with this address an admin, or issues a setup link for it. */
  async createAdmin(emailInput: string): Promise<CreateAdminOutcome> {
    const email = normaliseEmail(emailInput);
    if (!isPlausibleEmail(email)) throw new Invalid('email', `“${emailInput}” is not an email address. Give one like name@example.org.`);
    const user = await this.repo.findUserByEmail(email);
    if (!user) return { kind: 'link', email, url: await this.setup.issueLinkFor(email) };
    if (user.role === 'admin') return { kind: 'already-admin', email };
    await this.repo.changeRoleAndEndSessions(user.id, 'admin', this.clock().toISOString());
    return { kind: 'promoted', email, name: user.name, isEmailVerified: user.email_verified_at !== null };
  }
}

/** What the admin screens need from the outbox. */
export type OutboxReader = Pick<OutboxMailer, 'listMessages' | 'getMessage'>;

export interface AdminServices {
  setup: SetupService;
  admin: AdminService;
  outbox: OutboxReader;
  /** False when SMTP_URL is set: new mail goes out, and the outbox only holds older messages. */
  isOutboxInUse: boolean;
}

export interface AdminServiceDeps {
  db: Db;
  mailer: Mailer;
  accountRepo: AccountRepo;
  sessions: SessionService;
  publicUrl: string;
}

export function createAdminServices(deps: AdminServiceDeps): AdminServices {
  const setup = new SetupService(deps.accountRepo, deps.sessions, deps.publicUrl);
  const isOutboxInUse = deps.mailer instanceof OutboxMailer;
  return {
    setup,
    admin: new AdminService(deps.accountRepo, setup),
    // With SMTP the outbox table is still readable: messages kept before SMTP_URL was set.
    outbox: deps.mailer instanceof OutboxMailer ? deps.mailer : new OutboxMailer(new OutboxRepo(deps.db.kysely)),
    isOutboxInUse,
  };
}
