import autocannon from 'autocannon';
import type { Figure } from './results';
import { login, round } from './server-load';

// What other users feel while some requests are heavy: the list's latency while exports stream,
// and its throughput while a login flood runs, from one address and from a thousand (the server
// trusts X-Forwarded-For here: TRUST_PROXY=1).
const CONNECTIONS = 10;
const SECONDS = 8;

function listLoad(base: string, cookie: string) {
  return new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: `${base}/api/referrals?pageSize=50`,
        headers: { cookie },
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

/** Streams the meetings export again and again until told to stop. */
function exportsInALoop(base: string, cookie: string, count: number) {
  let running = true;
  const loops = Array.from({ length: count }, async () => {
    while (running) {
      const response = await fetch(`${base}/api/exports/meetings`, { headers: { cookie } });
      const reader = response.body!.getReader();
      while (!(await reader.read()).done && running);
      await reader.cancel();
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

/** Logins with random emails on 16 connections, each from one of `addresses` addresses. */
function loginFlood(base: string, addresses: number) {
  let n = 0;
  const flood = autocannon(
    {
      url: `${base}/api/auth/login`,
      connections: 16,
      duration: SECONDS + 2,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            n += 1;
            return {
              ...request,
              headers: {
                'content-type': 'application/json',
                'x-forwarded-for': `10.0.${Math.floor((n % addresses) / 250)}.${n % 250}`,
              },
              body: JSON.stringify({ email: `flood-${n}@exemple.fr`, password: 'devine' }),
            };
          },
        },
      ],
    },
    () => {},
  );
  return () => flood.stop();
}

export async function contentionFigures(base: string, backend: string): Promise<Figure[]> {
  const { cookie } = await login(base);
  const prefix = `server.${backend}.contention`;
  const alone = await listLoad(base, cookie);
  const figures: Figure[] = [
    { name: `${prefix}.list.p99`, value: alone.latency.p99, unit: 'ms' },
    { name: `${prefix}.list.rps`, value: round(alone.requests.average), unit: 'req/s' },
  ];
  for (const count of [1, 3]) {
    const stop = exportsInALoop(base, cookie, count);
    const during = await listLoad(base, cookie);
    await stop();
    figures.push({
      name: `${prefix}.list.p99.with_${count}_exports`,
      value: during.latency.p99,
      unit: 'ms',
    });
  }
  for (const addresses of [1, 1000]) {
    const stop = loginFlood(base, addresses);
    const during = await listLoad(base, cookie);
    stop();
    figures.push({
      name: `${prefix}.list.rps.login_flood_${addresses === 1 ? 'one_address' : '1000_addresses'}`,
      value: round(during.requests.average),
      unit: 'req/s',
    });
  }
  return figures;
}
