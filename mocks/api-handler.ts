import { Hono, type Context, type Next } from 'hono';
import { http, HttpResponse } from 'msw';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHono = Hono<any>;
type Outer = { Bindings: { setCookies: string[] } };

/**
 * A request whose headers can carry a cookie. Browsers drop `Cookie` (and `Content-Length`) from
 * the headers of any Request a page builds, so the app would see no session; a standalone Headers
 * object keeps them. The body stays the Request's own.
 */
class ForwardedRequest extends Request {
  readonly #headers: Headers;
  constructor(url: string, init: RequestInit, headers: Headers) {
    super(url, init);
    this.#headers = headers;
  }
  override get headers() {
    return this.#headers;
  }
}

/**
 * Browsers also drop `Set-Cookie` from any Response a page builds, the app's included: the
 * cookies are caught as the app sets them, to hand to MSW, which stores them in document.cookie.
 */
async function catchCookies(c: Context<Outer>, next: Next) {
  const header = c.header;
  c.header = (name: string, value?: string, options?: { append?: boolean }) => {
    // A page cannot set an HttpOnly cookie; in the demo the page holds the backend anyway.
    if (name.toLowerCase() === 'set-cookie' && value)
      c.env.setCookies.push(value.replace(/;\s*HttpOnly/i, ''));
    else header(name, value, options);
  };
  await next();
}

/**
 * The one MSW handler of the app: every request under `base` (`/api` on the page's origin, an
 * absolute URL in Node) goes to the server's own app, as it would over HTTP.
 */
export function apiHandler(
  app: AnyHono | (() => Promise<AnyHono>),
  base = '/api',
  /**
   * Who keeps the cookies: the page (a browser, jsdom: MSW's cookie jar stands in for the
   * browser's), or each client itself (the contract suite's agents, several users at once: only a
   * request's own Cookie header counts, and MSW's shared jar never sees a Set-Cookie).
   */
  cookiesFrom: 'page' | 'request' = 'page',
) {
  const ready = (async () =>
    new Hono<Outer>()
      .use(catchCookies)
      .route('/', typeof app === 'function' ? await app() : app))();
  // A backend that could not start fails each request; the page says why (src/main.tsx).
  ready.catch(() => {});

  return http.all(`${base}/*`, async ({ request, cookies }) => {
    const body = ['GET', 'HEAD'].includes(request.method)
      ? null
      : new Uint8Array(await request.arrayBuffer());
    // Copied one by one: `new Headers(request.headers)` loses some of them under jsdom.
    const headers = new Headers();
    request.headers.forEach((value, name) => headers.append(name, value));
    if (cookiesFrom === 'page') {
      const cookie = Object.entries(cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      headers.delete('Cookie');
      if (cookie) headers.set('Cookie', cookie);
    }
    if (body) headers.set('Content-Length', String(body.byteLength));

    const setCookies: string[] = [];
    const response = await (
      await ready
    ).fetch(new ForwardedRequest(request.url, { method: request.method, body }, headers), {
      setCookies,
    });
    const out = new Headers();
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') out.append(name, value);
    });
    for (const value of setCookies) out.append('Set-Cookie', value);
    // MSW's HttpResponse keeps its cookies in one jar for every later request; a plain Response
    // leaves them to the client that asked.
    const Reply = cookiesFrom === 'page' ? HttpResponse : Response;
    return new Reply(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: out,
    });
  });
}
