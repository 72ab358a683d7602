import type { Checker } from './checker.js';
import { LIMITS } from './limits.js';

/** `inferred` / `inferenceNote` of a fact input: undefined = keep, null = clear. */
export interface InferenceChange {
  inferred?: true | null;
  inferenceNote?: string | null;
}

export function checkInference(c: Checker, input: { inferred?: unknown; inferenceNote?: unknown }, path: string): InferenceChange {
  const inferred = c.boolean(`${path}.inferred`, input.inferred);
  const note = c.text(`${path}.inferenceNote`, input.inferenceNote, { max: LIMITS.inferenceNote, multiline: true });
  const change: InferenceChange = {};
  if (inferred === true) change.inferred = true;
  if (inferred === false || inferred === null) {
    change.inferred = null;
    change.inferenceNote = null;
  }
  if (note !== undefined) change.inferenceNote = note;
  return change;
}

/** The fact's inference after the change; a problem when it is inferred without a note or noted without being inferred. */
export function applyInference(c: Checker, before: Record<string, unknown>, change: InferenceChange, path: string): { inferred?: true; inferenceNote?: string } {
  const inferred = change.inferred === undefined ? before.inferred === true : change.inferred === true;
  const note = change.inferenceNote === undefined ? (typeof before.inferenceNote === 'string' ? before.inferenceNote : undefined) : (change.inferenceNote ?? undefined);
  if (inferred && note === undefined) c.fail(`${path}.inferenceNote`, 'is required when inferred is true: say why');
  if (!inferred && note !== undefined) c.fail(`${path}.inferred`, 'must be true when an inferenceNote is given');
  return { ...(inferred ? { inferred: true as const } : {}), ...(note !== undefined ? { inferenceNote: note } : {}) };
}
