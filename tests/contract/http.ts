import { expect } from 'vitest';
import { contractErrors } from './openapi';

// Bodies are checked against the contract before tests read them; tests then read them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  /** The body as sent: for binary files. */
  bytes: Uint8Array;
}

type Params = Record<string, string | number>;

interface Options {
  params?: Params;
  query?: Record<string, string | number | boolean | string[]>;
  body?: unknown;
  /** Sent as is instead of JSON: for malformed requests. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Leave out the CSRF header the session gave. */
  noCsrf?: boolean;
}

/**
 * One user agent of the contract suite: keeps its cookies and CSRF token like a browser, and
 * checks every response against the contract before the test looks at it.
 */
export class Agent {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async login(email: string, password = 'binome-demo') {
    const reply = await this.post('/auth/login', { body: { email, password } });
    expect(reply.status, `login as ${email}`).toBe(200);
    return reply;
  }

  /** The Cookie header this agent would send, for raw requests. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get = (template: string, options?: Options) => this.send('GET', template, options);
  post = (template: string, options?: Options) => this.send('POST', template, options);
  put = (template: string, options?: Options) => this.send('PUT', template, options);
  patch = (template: string, options?: Options) => this.send('PATCH', template, options);
  delete = (template: string, options?: Options) => this.send('DELETE', template, options);

  async send(method: string, template: string, options: Options = {}): Promise<Reply> {
    const path = template.replace(/\{(\w+)\}/g, (_, key: string) =>
      encodeURIComponent(String(options.params?.[key])),
    );
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      for (const v of Array.isArray(value) ? value : [value])
        url.searchParams.append(key, String(v));
    }
    const headers = new Headers(options.headers);
    if (this.cookies.size)
      headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (this.csrfToken && !options.noCsrf && method !== 'GET')
      headers.set('X-CSRF-Token', this.csrfToken);
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json');

    const response = await fetch(url, { method, headers, body });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || !value) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Keep a byte-order mark if there is one: exports must start with it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const json = /json/.test(response.headers.get('Content-Type') ?? '');
    const parsed = json && text ? JSON.parse(text) : text || null;
    if (template === '/auth/login' && response.ok) this.csrfToken = parsed.csrfToken;

    const problems = contractErrors(
      method,
      template,
      response.status,
      response.headers.get('Content-Type'),
      parsed,
    );
    expect(problems, `${method} ${path} → ${response.status} breaks the contract`).toEqual([]);
    return { status: response.status, headers: response.headers, body: parsed, bytes };
  }
}
