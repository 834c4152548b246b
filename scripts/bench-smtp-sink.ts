// A local SMTP server for `npm run bench:newsletter`, in a process of its own so its work is
// not counted as the sender's: accepts every message, keeps nothing, counts them. Prints
// "listening PORT" once ready and "received N" when asked (SIGUSR2) and on exit.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let received = 0;
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 1024 * 1024,
  closeTimeout: 1_000,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.server.address() as AddressInfo).port}`));
process.on('SIGUSR2', () => console.log(`received ${received}`));
process.on('SIGTERM', () => {
  console.log(`received ${received}`);
  server.close(() => process.exit(0));
});
