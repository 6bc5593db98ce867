import { http, HttpResponse } from 'msw';

/** What MSW hands requests to: the server's Hono app (server/app.ts), or its `fetch`. */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

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
 * The one MSW handler of the app: every request under `base` (`/api` on the page's origin, an
 * absolute URL in Node) goes to the server's own app, as it would over HTTP.
 */
export function apiHandler(app: FetchApp | (() => Promise<FetchApp>), base = '/api') {
  const ready = typeof app === 'function' ? app() : Promise.resolve(app);
  return http.all(`${base}/*`, async ({ request, cookies }) => {
    const body = ['GET', 'HEAD'].includes(request.method)
      ? null
      : new Uint8Array(await request.arrayBuffer());
    // Copied one by one: `new Headers(request.headers)` loses some of them under jsdom.
    const headers = new Headers();
    request.headers.forEach((value, name) => headers.append(name, value));
    const cookie = Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    if (cookie) headers.set('Cookie', cookie);
    if (body) headers.set('Content-Length', String(body.byteLength));
    const response = await (
      await ready
    ).fetch(new ForwardedRequest(request.url, { method: request.method, body }, headers));

    // MSW stores a mocked response's cookies in document.cookie, where HttpOnly cannot be set: in
    // the demo the page holds the backend anyway.
    const out = new Headers(response.headers);
    out.delete('Set-Cookie');
    for (const cookie of response.headers.getSetCookie())
      out.append('Set-Cookie', cookie.replace(/;\s*HttpOnly/i, ''));
    return new HttpResponse(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: out,
    });
  });
}
