import { isPartialDate, parsePartialDate } from '../../model/partial-date.js';
import { nfc } from '../../model/text.js';
import { InputError, type Problem } from './input-error.js';
import { LIMITS } from './limits.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Control characters other than tab and line breaks never belong in the registry's text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Bidirectional embeddings, overrides and isolates make text display in another
// order than it reads (a name shown reversed); Vietnamese text never needs them.
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/;
// A surrogate not in a pair is no character at all: stored, it would come back as U+FFFD.
const UNPAIRED_SURROGATE = /\p{Cs}/u;

const absent = (value: unknown) => value === undefined || value === null;

/**
 * Collects every problem of an input before anything is written. Each check
 * returns the normalised value (NFC, trimmed), `undefined` when the field was
 * not given, `null` when it was given as null (a request to clear it).
 */
export class Checker {
  readonly problems: Problem[] = [];

  fail(field: string, message: string): undefined {
    this.problems.push({ field, message });
    return undefined;
  }

  /** Throws an InputError with every problem found, if any. */
  done(): void {
    if (this.problems.length > 0) throw new InputError(this.problems);
  }

  text(field: string, value: unknown, options: { max: number; multiline?: boolean }): string | null | undefined {
    if (absent(value)) return value as null | undefined;
    if (typeof value !== 'string') return this.fail(field, 'must be text');
    const text = nfc(value).trim();
    if (text.length === 0) return this.fail(field, 'must not be empty');
    if ([...text].length > options.max) return this.fail(field, `must be at most ${options.max} characters, got ${[...text].length}`);
    if (CONTROL.test(text)) return this.fail(field, 'must not contain control characters');
    if (UNPAIRED_SURROGATE.test(text)) return this.fail(field, 'must be Unicode text: it holds half of a surrogate pair');
    if (BIDI_FORMATTING.test(text)) return this.fail(field, 'must not contain bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069)');
    if (!options.multiline && /[\r\n]/.test(text)) return this.fail(field, 'must be one line');
    return text;
  }

  texts(field: string, value: unknown, options: { max: number; maxItems: number }): string[] | undefined {
    if (absent(value)) return undefined;
    if (!Array.isArray(value)) return this.fail(field, 'must be a list');
    if (value.length > options.maxItems) return this.fail(field, `must list at most ${options.maxItems} items, got ${value.length}`);
    const out: string[] = [];
    value.forEach((item, i) => {
      const text = this.text(`${field}[${i}]`, item, options);
      if (item === null) this.fail(`${field}[${i}]`, 'must not be null');
      else if (typeof text === 'string') {
        if (out.includes(text)) this.fail(`${field}[${i}]`, `repeats "${text}"`);
        else out.push(text);
      }
    });
    return out;
  }

  /** A client-chosen id: a lower-case ASCII slug starting with the kind's prefix (`per-`, `org-`, …). */
  slug(field: string, value: unknown, prefix: string): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string' || !SLUG.test(value)) return this.fail(field, 'must be lower-case ASCII words joined by hyphens (per-nguyen-van-a)');
    if (value.length > LIMITS.slug) return this.fail(field, `must be at most ${LIMITS.slug} characters`);
    if (!value.startsWith(prefix)) return this.fail(field, `must start with "${prefix}"`);
    return value;
  }

  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date ("2021-02-30" is not). */
  partialDate(field: string, value: unknown): string | null | undefined {
    if (absent(value)) return value as null | undefined;
    if (typeof value !== 'string') return this.fail(field, 'must be a partial date written YYYY, YYYY-MM or YYYY-MM-DD');
    const parsed = parsePartialDate(value);
    if (!isPartialDate(parsed)) return this.fail(field, parsed.error);
    return parsed.text;
  }

  oneOf(field: string, value: unknown, allowed: readonly string[]): string | null | undefined {
    if (absent(value)) return value as null | undefined;
    if (typeof value !== 'string' || !allowed.includes(value)) return this.fail(field, `must be one of ${allowed.join(', ')}`);
    return value;
  }

  integer(field: string, value: unknown, min: number, max: number): number | null | undefined {
    if (absent(value)) return value as null | undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.fail(field, 'must be a whole number');
    if (value < min || value > max) return this.fail(field, `must be between ${min} and ${max}, got ${value}`);
    return value;
  }

  boolean(field: string, value: unknown): boolean | null | undefined {
    if (absent(value)) return value as null | undefined;
    if (typeof value !== 'boolean') return this.fail(field, 'must be true or false');
    return value;
  }

  pattern(field: string, value: unknown, pattern: RegExp, description: string): string | null | undefined {
    if (absent(value)) return value as null | undefined;
    if (typeof value !== 'string' || !pattern.test(value)) return this.fail(field, `must be ${description}`);
    return value;
  }

  required(field: string, value: unknown): void {
    if (absent(value)) this.fail(field, 'is required');
  }
}
