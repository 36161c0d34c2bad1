import { z } from "zod";
import { type Clock, realClock } from "./clock";
import { SecConfigError } from "./errors";

/** The subset of `fetch` the client uses; global fetch satisfies it and tests can pass a stub. */
export type SecFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface SecClientOptions {
  /** "Company Name contact@example.com", as the SEC fair-access policy asks. Env: SEC_USER_AGENT. */
  userAgent?: string;
  /** Env: SEC_DATA_BASE_URL; default https://data.sec.gov. */
  dataBaseUrl?: string;
  /** Env: SEC_WWW_BASE_URL; default https://www.sec.gov. */
  wwwBaseUrl?: string;
  /** Env: SEC_CACHE_DIR; default .cache/sec (relative to the working directory). */
  cacheDir?: string;
  /** Default 10, the SEC's published maximum; higher values are rejected. */
  maxRequestsPerSecond?: number;
  /** Per-attempt timeout including the body; default 120 s (companyfacts can be tens of MB) so a stalled connection cannot hang an ingest run. */
  timeoutMs?: number;
  fetch?: SecFetch;
  clock?: Clock;
  /** Where env fallbacks are read from; default process.env (tests pass {} to stay hermetic). */
  env?: Record<string, string | undefined>;
}

export interface SecConfig {
  userAgent: string;
  dataBaseUrl: string;
  wwwBaseUrl: string;
  cacheDir: string;
  maxRequestsPerSecond: number;
  timeoutMs: number;
  fetch: SecFetch;
  clock: Clock;
}

const USER_AGENT_HELP =
  'set SEC_USER_AGENT (or options.userAgent) to "Company Name contact@example.com" — the SEC rejects requests without a declared contact';

const baseUrl = z
  .url({ protocol: /^https?$/, error: "expected an http(s) URL" })
  .transform((url) => url.replace(/\/+$/, ""));

const schema = z.object({
  userAgent: z
    .string({ error: `SEC User-Agent is required: ${USER_AGENT_HELP}` })
    .trim()
    .min(1, `SEC User-Agent is required: ${USER_AGENT_HELP}`)
    .regex(/\S+@\S+\.\S+/, `SEC User-Agent must include a contact email: ${USER_AGENT_HELP}`),
  dataBaseUrl: baseUrl.default("https://data.sec.gov"),
  wwwBaseUrl: baseUrl.default("https://www.sec.gov"),
  cacheDir: z.string().trim().min(1).default(".cache/sec"),
  maxRequestsPerSecond: z
    .number()
    .int()
    .min(1)
    .max(10, "maxRequestsPerSecond may not exceed 10 (SEC fair-access limit)")
    .default(10),
  timeoutMs: z.number().int().positive().default(120_000),
});

/** Empty env values count as unset, so `SEC_CACHE_DIR=` does not mean "cache in the cwd". */
function pick(option: string | undefined, envValue: string | undefined): string | undefined {
  if (option !== undefined) return option;
  return envValue === undefined || envValue.trim() === "" ? undefined : envValue;
}

/** Merges options over env and validates; throws SecConfigError listing every problem. */
export function resolveSecConfig(options: SecClientOptions = {}): SecConfig {
  const env = options.env ?? process.env;
  const parsed = schema.safeParse({
    userAgent: pick(options.userAgent, env.SEC_USER_AGENT),
    dataBaseUrl: pick(options.dataBaseUrl, env.SEC_DATA_BASE_URL),
    wwwBaseUrl: pick(options.wwwBaseUrl, env.SEC_WWW_BASE_URL),
    cacheDir: pick(options.cacheDir, env.SEC_CACHE_DIR),
    maxRequestsPerSecond: options.maxRequestsPerSecond,
    timeoutMs: options.timeoutMs,
  });
  if (!parsed.success) throw new SecConfigError(`invalid SEC client configuration:\n${z.prettifyError(parsed.error)}`);
  return {
    ...parsed.data,
    // Bound late so a test that stubs globalThis.fetch after import is still honoured.
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    clock: options.clock ?? realClock,
  };
}
