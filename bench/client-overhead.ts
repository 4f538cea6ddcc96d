// Issue K7: what the generated TypeScript client (generated/clients/typescript/) costs the caller
// over a bare fetch, on the same route of the same server in the same run. Both sides make the
// same number of requests to GET /v1/whoami with an API key in x-api-key, the same number in
// flight, and read the JSON body. The cost that matters is this process's CPU time per request
// (this process is the caller; the server's CPU is printed beside it and should not move), and
// wall time per request as well. Rounds alternate AB BA AB BA so that a load that drifts linearly
// during the run (a busy machine, a GC debt) weighs on both sides alike.
import { performance } from 'node:perf_hooks';
import { createKeywayClient, KeywayApiError } from '../generated/clients/typescript/client.ts';

const IN_FLIGHT = 50;
/** AB BA AB BA: each side runs first as often as second. */
const PAIRS = 4;
/** Each round's length, sized from the warm-up's rate: 8 rounds stay near 20 s. */
const ROUND_SECONDS = 2.5;
const WARM_UP_REQUESTS = 1000;
/** The allowance: the client may cost at most 10 % more than a bare fetch. */
const ALLOWED = 1.1;

export interface Side {
  name: string;
  requests: number;
  wallSeconds: number;
  /** This process's user + system CPU, µs per request. */
  cpuUs: number;
  /** The server process's CPU, µs per request. */
  serverCpuUs: number;
}

export interface ClientOverhead {
  requestsPerRound: number;
  raw: Side;
  client: Side;
  /** (client − raw) ÷ raw per AB pair: the spread behind the totals. */
  pairs: Array<{ cpu: number; wall: number }>;
  seconds: number;
}

/** One request; resolves to its status, or 0 for a 200 whose body is not a whoami answer. */
type Send = () => Promise<number>;

interface Round {
  statuses: Map<number, number>;
  wallSeconds: number;
  cpuSeconds: number;
  serverCpuSeconds: number;
}

const isWhoami = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && 'principal' in body && 'credential' in body;

async function round(send: Send, requests: number, serverCpuSeconds: () => number): Promise<Round> {
  const statuses = new Map<number, number>();
  let started = 0;
  const worker = async () => {
    while (started < requests) {
      started += 1;
      const status = await send();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const serverBefore = serverCpuSeconds();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    statuses,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    serverCpuSeconds: serverCpuSeconds() - serverBefore,
  };
}

/** Fails the bench when any answer was not a 200 whoami. */
function expectOk(name: string, result: Round, requests: number): void {
  const ok = result.statuses.get(200) ?? 0;
  if (ok !== requests) {
    const seen = [...result.statuses].map(
      ([status, count]) => `${status === 0 ? '200 without a whoami body' : status} ×${count}`,
    );
    throw new Error(`client overhead: ${name} got ${ok} good answers of ${requests} (${seen.join(', ')})`);
  }
}

function total(name: string, rounds: Round[], requestsPerRound: number): Side {
  const requests = rounds.length * requestsPerRound;
  const sum = (pick: (r: Round) => number) => rounds.reduce((acc, r) => acc + pick(r), 0);
  return {
    name,
    requests,
    wallSeconds: sum((r) => r.wallSeconds),
    cpuUs: (sum((r) => r.cpuSeconds) * 1e6) / requests,
    serverCpuUs: (sum((r) => r.serverCpuSeconds) * 1e6) / requests,
  };
}

/**
 * Measures both sides against the server at `url`, whose process CPU `serverCpuSeconds` reads.
 * `BENCH_CLIENT_REQUESTS` fixes the requests per round; by default they are sized from the
 * warm-up so that the section stays bounded in time on a slow or busy machine.
 */
export async function measureClientOverhead(
  url: string,
  apiKey: string,
  serverCpuSeconds: () => number,
): Promise<ClientOverhead> {
  const startedAt = performance.now();
  const target = `${url}/v1/whoami`;
  const raw: Send = async () => {
    const response = await fetch(target, { headers: { 'x-api-key': apiKey } });
    const body: unknown = await response.json();
    return response.status === 200 && !isWhoami(body) ? 0 : response.status;
  };
  // The client's default fetch is `(request) => globalThis.fetch(request)`; this one also counts
  // what goes on the wire, so that a retry or a replay cannot hide inside one "request".
  let sent = 0;
  const keyway = createKeywayClient({
    baseUrl: url,
    auth: { apiKey, header: true },
    fetch: (request) => {
      sent += 1;
      return globalThis.fetch(request);
    },
  });
  const client: Send = async () => {
    try {
      const { data, response } = await keyway.GET('/v1/whoami');
      return response.status === 200 && !isWhoami(data) ? 0 : response.status;
    } catch (error) {
      if (error instanceof KeywayApiError) return error.status;
      throw error;
    }
  };

  // Warm-up: JIT, the connection pool, the server's caches; its rate sizes the rounds.
  const warmRaw = await round(raw, WARM_UP_REQUESTS, serverCpuSeconds);
  const warmClient = await round(client, WARM_UP_REQUESTS, serverCpuSeconds);
  expectOk('raw fetch (warm-up)', warmRaw, WARM_UP_REQUESTS);
  expectOk('TypeScript client (warm-up)', warmClient, WARM_UP_REQUESTS);
  const slowest = Math.max(warmRaw.wallSeconds, warmClient.wallSeconds) / WARM_UP_REQUESTS;
  const requestsPerRound = Number(
    process.env.BENCH_CLIENT_REQUESTS ??
      Math.min(20_000, Math.max(1000, Math.round(ROUND_SECONDS / slowest / 100) * 100)),
  );

  const rawRounds: Round[] = [];
  const clientRounds: Round[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    const order = pair % 2 === 0 ? (['raw', 'client'] as const) : (['client', 'raw'] as const);
    for (const side of order) {
      const result = await round(side === 'raw' ? raw : client, requestsPerRound, serverCpuSeconds);
      expectOk(side === 'raw' ? 'raw fetch' : 'TypeScript client', result, requestsPerRound);
      (side === 'raw' ? rawRounds : clientRounds).push(result);
    }
  }
  const clientRequests = WARM_UP_REQUESTS + PAIRS * requestsPerRound;
  if (sent !== clientRequests) {
    throw new Error(`client overhead: the client sent ${sent} HTTP requests for ${clientRequests} calls`);
  }
  return {
    requestsPerRound,
    raw: total('raw fetch', rawRounds, requestsPerRound),
    client: total('TypeScript client', clientRounds, requestsPerRound),
    pairs: rawRounds.map((r, i) => {
      const c = clientRounds[i] as Round;
      return { cpu: c.cpuSeconds / r.cpuSeconds - 1, wall: c.wallSeconds / r.wallSeconds - 1 };
    }),
    seconds: (performance.now() - startedAt) / 1000,
  };
}

const percent = (fraction: number) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`;

export function printClientOverhead(backend: string, result: ClientOverhead): void {
  const { raw, client } = result;
  console.log(
    `\n${backend}, issue K7: TypeScript client vs raw fetch, GET /v1/whoami with an API key, ${IN_FLIGHT} in flight, ${PAIRS} rounds each of ${result.requestsPerRound} (AB BA AB BA), ${result.seconds.toFixed(1)} s`,
  );
  console.log(
    `${'caller'.padEnd(42)} ${'req/s'.padStart(8)} ${'caller CPU µs/req'.padStart(17)} ${'server CPU µs/req'.padStart(17)}`,
  );
  for (const side of [raw, client]) {
    console.log(
      `${side.name.padEnd(42)} ${(side.requests / side.wallSeconds).toFixed(0).padStart(8)} ${side.cpuUs.toFixed(1).padStart(17)} ${side.serverCpuUs.toFixed(1).padStart(17)}`,
    );
  }
  const cpu = client.cpuUs / raw.cpuUs - 1;
  const wall = client.wallSeconds / client.requests / (raw.wallSeconds / raw.requests) - 1;
  const spread = (pick: (p: { cpu: number; wall: number }) => number) => {
    const values = result.pairs.map(pick);
    return `${percent(Math.min(...values))} … ${percent(Math.max(...values))}`;
  };
  console.log(
    `client overhead (client − raw) ÷ raw: caller CPU per request ${percent(cpu)} (pairs ${spread((p) => p.cpu)}), wall time per request ${percent(wall)} (pairs ${spread((p) => p.wall)})`,
  );
  const line = (what: string, ratio: number) =>
    console.log(`  ${what.padEnd(64)} ${ratio.toFixed(2).padStart(6)}× ${ratio <= 1 ? 'met' : 'MISSED'}`);
  console.log('target (measured ÷ allowed):');
  line(`client CPU per request ≤ 1.1 × raw fetch (${percent(cpu)})`, (1 + cpu) / ALLOWED);
  line(`client wall time per request ≤ 1.1 × raw fetch (${percent(wall)})`, (1 + wall) / ALLOWED);
}
