// An SMTP server that takes its time: each message is recorded (by envelope recipient) as
// soon as its data has arrived, and acknowledged only after a delay, like a busy real server.
// A sender killed during that delay has handed over a message it never heard was accepted:
// the case that must end as "unknown", never as a second copy.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SlowSmtpSink {
  url: string;
  /** Envelope recipients of every message whose data arrived, in order. */
  received: string[];
  close(): Promise<void>;
}

export async function startSlowSmtpSink(delayMs: number): Promise<SlowSmtpSink> {
  const received: string[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) received.push(to.address.toLowerCase());
        setTimeout(() => callback(), delayMs);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
