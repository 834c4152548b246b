// Reading what comes back: delivery status notifications (RFC 3464: multipart/report with a
// message/delivery-status part) and feedback reports (RFC 5965 ARF: multipart/report with a
// message/feedback-report part). Anything else is not a report and is ignored.
// mailparser folds a report's machine-readable parts into the message text, so the parts of a
// multipart/report are split here (reports are one level deep by definition).

export interface Bounce {
  kind: 'hard' | 'soft';
  /** Final-Recipient, lower-cased, when the report names one. */
  recipient: string | undefined;
  /** e.g. "5.1.1". */
  status: string;
  diagnostic: string;
}

export interface Complaint {
  kind: 'complaint';
  recipient: string | undefined;
  feedbackType: string;
}

export type Report = Bounce | Complaint;

/** "Name: value" groups separated by blank lines, with folded lines joined. */
export function fieldGroups(text: string): Map<string, string>[] {
  return text.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ').split(/\n\s*\n/).map((block) => {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    return fields;
  }).filter((fields) => fields.size > 0);
}

/** "rfc822; Someone@Example.org" → "someone@example.org". */
function addressOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const value = field.includes(';') ? field.slice(field.indexOf(';') + 1) : field;
  const address = value.trim().replace(/^<|>$/g, '').toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : undefined;
}

interface Part {
  type: string;
  body: string;
}

/** Headers (unfolded, names lower-cased) and body of one entity. */
function splitEntity(text: string): { headers: Map<string, string>; body: string } {
  const normal = text.replace(/\r\n/g, '\n');
  const end = normal.search(/\n\n/);
  const head = end < 0 ? normal : normal.slice(0, end);
  const headers = fieldGroups(head)[0] ?? new Map<string, string>();
  return { headers, body: end < 0 ? '' : normal.slice(end + 2) };
}

function decode(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    default:
      return body;
  }
}

/** The parts of a multipart/report, or [] for any other message. */
function reportParts(raw: string): Part[] {
  const { headers, body } = splitEntity(raw);
  const contentType = headers.get('content-type') ?? '';
  if (!/^\s*multipart\/report\b/i.test(contentType)) return [];
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const sections = body.split(`--${marker}`).slice(1);
  const parts: Part[] = [];
  for (const section of sections) {
    if (section.startsWith('--')) break;
    const entity = splitEntity(section.replace(/^[ \t]*\n/, ''));
    const type = (entity.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
    parts.push({ type, body: decode(entity.body, entity.headers.get('content-transfer-encoding')) });
  }
  return parts;
}

function partText(parts: readonly Part[], types: readonly string[]): string | undefined {
  return parts.find((p) => types.includes(p.type))?.body;
}

/** Every bounce or complaint a message reports; [] when it is neither. */
export function readReports(raw: Buffer | string): Report[] {
  const parts = reportParts(typeof raw === 'string' ? raw : raw.toString('utf8'));
  const reports: Report[] = [];

  const status = partText(parts, ['message/delivery-status', 'message/global-delivery-status']);
  if (status) {
    // The first group is about the message; each further group is one recipient.
    for (const fields of fieldGroups(status).slice(1)) {
      const action = (fields.get('action') ?? '').toLowerCase();
      const code = /\b([245])\.\d{1,3}\.\d{1,3}\b/.exec(fields.get('status') ?? '')?.[0] ?? '';
      // "delivered", "relayed" and "expanded" are good news; only failed and delayed matter.
      if (action !== 'failed' && action !== 'delayed') continue;
      const permanent = action === 'failed' && code.startsWith('5');
      reports.push({ kind: permanent ? 'hard' : 'soft', recipient: addressOf(fields.get('final-recipient') ?? fields.get('original-recipient')), status: code, diagnostic: fields.get('diagnostic-code') ?? '' });
    }
  }

  const feedback = partText(parts, ['message/feedback-report']);
  if (feedback) {
    const fields = fieldGroups(feedback)[0] ?? new Map<string, string>();
    // The complained-about copy: Original-Rcpt-To, else the To of the returned message's headers.
    const returned = partText(parts, ['text/rfc822-headers', 'message/rfc822']);
    const returnedTo = returned ? fieldGroups(returned)[0]?.get('to') : undefined;
    const recipient = addressOf(fields.get('original-rcpt-to')) ?? addressOf(/<([^>]+)>/.exec(returnedTo ?? '')?.[1] ?? returnedTo);
    reports.push({ kind: 'complaint', recipient, feedbackType: (fields.get('feedback-type') ?? 'abuse').toLowerCase() });
  }
  return reports;
}
