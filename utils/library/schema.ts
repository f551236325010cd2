/**
 * What a library row must look like to be trusted: read back from the store, or brought in by an import.
 * Strict on types (a number where text belongs is a damaged row), lenient on keys we do not know (stripped,
 * so a file from a sibling build with an extra field still imports). The bounds are far above anything a
 * person writes; they are there so that a damaged or hostile file cannot fill the store.
 */
import { z } from 'zod';
import { SECTION_KEYS } from '../types';
import type { Proposal, ProposalSection, Snippet, Source } from './types';

export const MAX_TITLE = 300;
export const MAX_TEXT = 1_000_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 60;
export const MAX_SECTIONS = 100;
const MAX_ID = 200;
const MAX_URL = 4_096;
const MAX_VARIABLES = 200;

const year = z.number().int().min(1990).max(2100);
/** Milliseconds since the epoch; zod already refuses NaN and Infinity. */
const time = z.number().int().nonnegative();
const sectionKey = z.enum(SECTION_KEYS);

const sourceSchema = z.object({
  competition: z.string().max(MAX_TITLE).optional(),
  year: year.optional(),
  proposal: z.string().max(MAX_TITLE).optional(),
  url: z.string().max(MAX_URL).optional(),
  pageTitle: z.string().max(MAX_TITLE).optional(),
});

export const snippetSchema = z.object({
  id: z.string().min(1).max(MAX_ID),
  title: z.string().max(MAX_TITLE),
  section: sectionKey,
  text: z.string().max(MAX_TEXT),
  tags: z.array(z.string().min(1).max(MAX_TAG)).max(MAX_TAGS),
  favourite: z.boolean(),
  source: sourceSchema,
  createdAt: time,
  updatedAt: time,
  deletedAt: time.optional(),
});

const sectionSchema = z.object({
  section: sectionKey,
  section2: sectionKey.optional(),
  heading: z.string().max(MAX_TITLE * 4),
  text: z.string().max(MAX_TEXT),
});

// An object, not z.partialRecord: a record refuses keys outside the enum, and an unknown fact should be
// dropped like any other unknown key, not cost the user the whole proposal.
const fact = z.string().max(MAX_TITLE * 4).optional();
const factsSchema = z.object({ stage: fact, initiator: fact, kind: fact, sector: fact, dates: fact, budget: fact });

export const proposalSchema = z.object({
  id: z.string().min(1).max(MAX_ID),
  title: z.string().max(MAX_TITLE),
  profileId: z.string().max(MAX_ID),
  year,
  sections: z.array(sectionSchema).max(MAX_SECTIONS),
  facts: factsSchema,
  variables: z.record(z.string().max(MAX_ID), z.string().max(MAX_TITLE * 4))
    .refine((v) => Object.keys(v).length <= MAX_VARIABLES, { message: `at most ${MAX_VARIABLES} variables` }),
  source: sourceSchema,
  createdAt: time,
  updatedAt: time,
  deletedAt: time.optional(),
});

// The schemas must describe types.ts exactly, both ways: a field added there and forgotten here (or the
// reverse) is a compile error on these lines rather than data silently dropped on import.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _exact: [
  Same<z.infer<typeof sourceSchema>, Source>,
  Same<z.infer<typeof sectionSchema>, ProposalSection>,
  Same<z.infer<typeof snippetSchema>, Snippet>,
  Same<z.infer<typeof proposalSchema>, Proposal>,
] = [true, true, true, true];

function checker<T>(schema: z.ZodType<T>): (raw: unknown) => T | null {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
}

/** The row as a Snippet (unknown keys stripped), or null when it is damaged. */
export const validSnippet: (raw: unknown) => Snippet | null = checker(snippetSchema);
/** The row as a Proposal (unknown keys stripped), or null when it is damaged. */
export const validProposal: (raw: unknown) => Proposal | null = checker(proposalSchema);

/**
 * Keeps the rows that pass `check` and sets the others aside, so one damaged row is reported instead of
 * taking the rest of the library with it.
 */
export function splitValid<T>(rows: readonly unknown[], check: (raw: unknown) => T | null): { ok: T[]; damaged: unknown[] } {
  const ok: T[] = [];
  const damaged: unknown[] = [];
  for (const row of rows) {
    const valid = check(row);
    if (valid === null) damaged.push(row);
    else ok.push(valid);
  }
  return { ok, damaged };
}
