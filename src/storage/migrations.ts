// Reads drafts of any version this site ever wrote and brings them to the current version.
// Every version keeps its own schema here, so that old data is validated as what it was before
// it is transformed; the result is validated again with the current schema.
import * as z from 'zod/mini';
import { DRAFTS_VERSION, draftSlices, drafts, type ChangeTimes, type Drafts } from './drafts';

/**
 * Version 1 (the first release): the three slices and the time of the last save, without a
 * revision counter and without the time of each part's last change.
 */
export const draftsV1 = z.object({
  version: z.literal(1),
  ...draftSlices,
  savedAt: z.optional(z.string()),
});

export type DraftsV1 = z.infer<typeof draftsV1>;

/** The latest of some ISO times (ignoring missing or unparsable ones). */
function latestTime(...times: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const time of times) {
    if (!time || Number.isNaN(Date.parse(time))) continue;
    if (!best || Date.parse(time) > Date.parse(best)) best = time;
  }
  return best;
}

/**
 * 1 → 2: start the revision counter, and fill in when each part last changed from what version 1
 * knew: the slices' own `updatedAt`, else the time of the last save.
 */
function migrateV1toV2(v1: DraftsV1): z.input<typeof drafts> {
  const { selfChecks, quotaPlan, dossier, savedAt } = v1;
  const changedAt: ChangeTimes = {
    profile: latestTime(dossier.updatedAt, savedAt),
    quotaPlan: latestTime(quotaPlan.updatedAt, savedAt),
    meeting: latestTime(dossier.updatedAt, savedAt),
    selfChecks: {},
    nominees: {},
  };
  for (const [key, check] of Object.entries(selfChecks)) {
    const time = latestTime(check.updatedAt, savedAt);
    if (time) changedAt.selfChecks[key] = time;
  }
  for (const { id } of quotaPlan.nominees) {
    const time = latestTime(selfChecks[id]?.updatedAt, dossier.reports[id]?.updatedAt) ?? latestTime(quotaPlan.updatedAt, savedAt);
    if (time) changedAt.nominees[id] = time;
  }
  return { version: 2, revision: 0, selfChecks, quotaPlan, dossier, changedAt, ...(savedAt ? { savedAt } : {}) };
}

interface Migration {
  /** the schema of the version migrated from */
  schema: z.ZodMiniType;
  /** turns valid data of that version into data of the next version */
  up: (data: never) => unknown;
}

/** Migrations by the version they start from. */
const MIGRATIONS: Record<number, Migration> = {
  1: { schema: draftsV1, up: migrateV1toV2 },
};

/** The oldest version that can still be read. */
export const OLDEST_READABLE_VERSION = Math.min(DRAFTS_VERSION, ...Object.keys(MIGRATIONS).map(Number));

export type MigrationResult =
  | { ok: true; drafts: Drafts; from: number }
  | { ok: false; problem: 'not-object' | 'no-version' | 'newer' | 'older'; version?: unknown }
  | { ok: false; problem: 'schema'; version: number; issues: z.core.$ZodIssue[] };

/** Validates `input` as drafts of the version it names and migrates it, step by step, to the current version. */
export function migrateDrafts(input: unknown): MigrationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, problem: 'not-object' };
  const version = (input as { version?: unknown }).version;
  if (version === undefined) return { ok: false, problem: 'no-version' };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, problem: 'older', version };
  if (version > DRAFTS_VERSION) return { ok: false, problem: 'newer', version };
  if (version < OLDEST_READABLE_VERSION) return { ok: false, problem: 'older', version };
  let data: unknown = input;
  for (let step = version; step < DRAFTS_VERSION; step++) {
    const migration = MIGRATIONS[step]!;
    const parsed = z.safeParse(migration.schema, data);
    if (!parsed.success) return { ok: false, problem: 'schema', version, issues: parsed.error.issues };
    data = migration.up(parsed.data as never);
  }
  const parsed = z.safeParse(drafts, data);
  if (!parsed.success) return { ok: false, problem: 'schema', version, issues: parsed.error.issues };
  return { ok: true, drafts: parsed.data, from: version };
}
