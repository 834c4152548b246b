// A small browser stand-in for HTTP tests: keeps cookies, sends forms the way a browser
// does (same Origin, the page's CSRF token) and reads tokens out of the pages it gets.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const ORIGIN = 'http://localhost:3000';

export class Agent {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies) {
      const expired = c.expires !== undefined && new Date(c.expires).getTime() <= Date.now();
      if (c.value === '' || expired || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } }));
  }

  async post(url: string, form: Form, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: encodeForm(form),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie: this.cookieHeader(), ...headers },
      }),
    );
  }

  /** Loads a page with a form and posts it with that page's CSRF token. */
  async submit(pageUrl: string, action: string, form: Form): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    return this.post(action, { _csrf: csrfOf(page.body), ...form });
  }

  /** Posts a multipart form (as a browser does for forms with a file input). */
  async postMultipart(url: string, form: Form, files: Record<string, UploadFile> = {}, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const { body, contentType } = multipartBody(form, files);
    return this.remember(
      await this.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': contentType, origin: ORIGIN, cookie: this.cookieHeader(), ...headers } }),
    );
  }

  /** Loads a page with a multipart form and posts it with that page's CSRF token. */
  async submitMultipart(pageUrl: string, action: string, form: Form, files: Record<string, UploadFile> = {}): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    return this.postMultipart(action, { _csrf: csrfOf(page.body), ...form }, files);
  }
}

/** A form's fields; an array sends the name once per value (checkbox groups, multi-selects). */
export type Form = Record<string, string | readonly string[]>;

export interface UploadFile {
  filename: string;
  data: Buffer;
  type?: string;
}

function encodeForm(form: Form): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) for (const v of [value].flat()) params.append(name, v);
  return params.toString();
}

export function multipartBody(form: Form, files: Record<string, UploadFile>): { body: Buffer; contentType: string } {
  const boundary = `----pulse${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(form)) {
    for (const v of [value].flat()) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`));
  }
  for (const [name, file] of Object.entries(files)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function csrfOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token in the page');
  return token;
}

export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s"<>]+${path.replace(/[/?]/g, '\\$&')}[^\\s"<>]*`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text.slice(0, 500)}`);
  return match[0].replace(/^https?:\/\/[^/]+/, '');
}
