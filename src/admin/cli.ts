// `npm run admin -- <command>`: the server operator's way to name administrators. The
// logic lives here so tests can run it without a child process; scripts/admin.ts wires it.
import { Invalid } from '../errors.js';
import type { AdminService } from './service.js';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage: npm run admin -- create-admin EMAIL

  create-admin EMAIL   Make the person with this address an administrator (their sessions
                       end, so they log in again). When nobody has the address yet, print a
                       one-time link that creates an administrator account for it.`;

/** Exit status for a command used wrongly (sysexits EX_USAGE). */
export const EXIT_USAGE = 64;

/** The command and its arguments, or a problem to print with the usage. */
export function parseAdminArgs(args: readonly string[]): { command: 'create-admin'; email: string } | { problem: string } {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { problem: '' };
  if (command !== 'create-admin') return { problem: `Unknown command “${command}”.` };
  if (rest.length !== 1 || rest[0] === undefined || rest[0].trim() === '') return { problem: 'create-admin needs exactly one email address.' };
  return { command, email: rest[0] };
}

/** Runs a parsed command; returns the exit status. */
export async function runCreateAdmin(admin: AdminService, email: string, io: CliOutput): Promise<number> {
  let outcome;
  try {
    outcome = await admin.createAdmin(email);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    io.err(error.message);
    return EXIT_USAGE;
  }
  switch (outcome.kind) {
    case 'promoted':
      io.out(`${outcome.name} <${outcome.email}> is now an administrator.`);
      io.out('Their sessions have ended, so they log in again to use the admin area.');
      if (!outcome.isEmailVerified) io.out('Note: they have not confirmed their email address yet.');
      return 0;
    case 'already-admin':
      io.out(`${outcome.email} is already an administrator. Nothing changed.`);
      return 0;
    case 'link':
      io.out(`Nobody has an account for ${outcome.email} yet.`);
      io.out('Open this link to create their administrator account (it works once, for 24 hours):');
      io.out('');
      io.out(`  ${outcome.url}`);
      io.out('');
      return 0;
  }
}
