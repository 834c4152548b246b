// npm run admin -- create-admin EMAIL    make someone an administrator (see src/admin/cli.ts)
import { loadConfigOrExit } from '../src/config.js';
import { buildContainer } from '../src/container.js';
import { EXIT_USAGE, parseAdminArgs, runCreateAdmin, USAGE } from '../src/admin/cli.js';
import { createAdminServices } from '../src/admin/service.js';

const parsed = parseAdminArgs(process.argv.slice(2));
if ('problem' in parsed) {
  if (parsed.problem) console.error(`${parsed.problem}\n`);
  (parsed.problem ? console.error : console.log)(USAGE);
  process.exit(parsed.problem ? EXIT_USAGE : 0);
}

const config = loadConfigOrExit();

const container = await buildContainer(config, { collectDefaultMetrics: false });
let status = 1;
try {
  const { admin } = createAdminServices({ db: container.db, mailer: container.mailer, accountRepo: container.accountRepo, sessions: container.sessions, publicUrl: config.publicUrl });
  status = await runCreateAdmin(admin, parsed.email, { out: (line) => console.log(line), err: (line) => console.error(line) });
} finally {
  await container.close();
}
process.exit(status);
