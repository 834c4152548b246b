// The small closed set of errors a service may throw. One handler (platform/http/errors.ts)
// maps them to status codes and pages; anything else is a 500 logged with the request id.
export abstract class AppError extends Error {
  abstract readonly status: number;
}

export class NotFound extends AppError {
  readonly status = 404;
  constructor(message = 'We could not find that page.') {
    super(message);
    this.name = 'NotFound';
  }
}

export class Forbidden extends AppError {
  readonly status = 403;
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'Forbidden';
  }
}

export class Invalid extends AppError {
  readonly status = 400;
  /** Every problem found, by field, so a form can show them all at once. */
  readonly fields: Readonly<Record<string, string>>;
  constructor(readonly field: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'Invalid';
    this.fields = fields ?? { [field]: message };
  }

  /** Throws when any field has a problem. */
  static check(fields: Record<string, string | undefined>): void {
    const problems = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const first = Object.entries(problems)[0];
    if (first) throw new Invalid(first[0], first[1], problems);
  }
}

export class Conflict extends AppError {
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = 'Conflict';
  }
}

export class TooMany extends AppError {
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number, message = 'Too many attempts. Please wait a moment and try again.') {
    super(message);
    this.name = 'TooMany';
  }
}
