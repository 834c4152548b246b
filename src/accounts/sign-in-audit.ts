// Editors and admins signing in are written to the audit log (`admin.login`), however they
// sign in: password, emailed link or a setup link. Members' sign-ins are not recorded.
import type { Role } from '../db/schema.js';
import type { AuditLog } from '../audit/service.js';

export type SignInMethod = 'password' | 'link' | 'setup';

const HOW: Record<SignInMethod, string> = {
  password: 'with a password',
  link: 'with an emailed login link',
  setup: 'with a setup link, creating an administrator account',
};

const ROLE_NAME: Record<Role, string> = { member: 'Member', editor: 'Editor', admin: 'Administrator' };

/** Records the sign-in when the person may use the admin area; does nothing for members. */
export async function recordAdminSignIn(audit: AuditLog, user: { id: number; name: string; email: string; role: Role }, how: SignInMethod): Promise<void> {
  if (user.role !== 'editor' && user.role !== 'admin') return;
  await audit.recordBy(user, { action: 'admin.login', subjectType: 'user', subjectId: user.id, summary: `${ROLE_NAME[user.role]} signed in ${HOW[how]}` });
}
