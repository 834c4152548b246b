// The inbound SMTP listener for what comes back: bounces and complaints at per-recipient
// return paths, and mailto unsubscribes. It is a receiver for our own addresses only: any
// other recipient is refused at RCPT (550), so it can never relay. No authentication and no
// TLS are asked for — bounces come from any mail server on the internet, as plain SMTP on
// port 25 usually is (put it behind the MX for RETURN_PATH_DOMAIN).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SuppressionsService } from '../suppressions-service.js';

/** A bounce or report is small; anything bigger is not one of ours. */
const MAX_BYTES = 1024 * 1024;

export class InboundMailServer {
  private server: SMTPServer | undefined;

  constructor(private readonly deps: { suppressions: Pick<SuppressionsService, 'accepts' | 'handleInbound'>; onError: (error: unknown) => void }) {}

  /** Listens; resolves with the port (0 asks for any free one, as tests do). */
  async start(port: number, host: string): Promise<number> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: MAX_BYTES,
      banner: 'Pulse bounce receiver',
      socketTimeout: 30_000,
      closeTimeout: 2_000,
      onRcptTo: (address, _session, callback) => {
        if (this.deps.suppressions.accepts(address.address)) return callback();
        callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too big for a bounce'), { responseCode: 552 }));
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          // Taken either way: a report we cannot read is not the sender's problem to retry.
          this.deps.suppressions.handleInbound({ recipients, raw: Buffer.concat(chunks) }).catch(this.deps.onError).finally(() => callback());
        });
      },
    });
    server.on('error', this.deps.onError);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
