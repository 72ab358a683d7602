import { RELATIONSHIP_TYPES } from '../../model/graph-model.js';
import { ENTITY_LABELS, type NodeLabel } from '../../model/labels.js';
import { InputError, type FieldRef, type Problem } from '../write/index.js';
import { tryFromGlobalId } from './global-id.js';

const a = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

/**
 * Decodes the global ids of a mutation input into stored ids, checking each is
 * of a kind the field accepts; collects every problem with its field and
 * throws them together (BAD_USER_INPUT), before anything is written.
 */
export class InputIds {
  private readonly problems: Problem[] = [];

  ref(value: unknown, field: string, labels: readonly NodeLabel[] = ENTITY_LABELS): FieldRef {
    const decoded = typeof value === 'string' ? tryFromGlobalId(value) : null;
    if (!decoded) {
      this.problems.push({ field, message: `${shown(value)} is not an id returned by this API` });
      return { label: labels[0]!, id: '', field };
    }
    if (!labels.includes(decoded.label)) {
      this.problems.push({ field, message: `must be the id of ${labels.map(a).join(' or ')}, got the id of ${a(decoded.label)}` });
    }
    return { ...decoded, field };
  }

  optionalRef(value: unknown, field: string, labels: readonly NodeLabel[]): FieldRef | null {
    return value === undefined || value === null ? null : this.ref(value, field, labels);
  }

  /** Stored ids of the cited Source ids. */
  sources(values: unknown, field: string): string[] {
    if (!Array.isArray(values)) return [];
    return values.map((value, i) => this.ref(value, `${field}[${i}]`, ['Source']).id);
  }

  /** A `GraphEdge.id` (base64url of `TYPE:relationship-id`), or null when the value is not one. */
  edge(value: unknown): { type: string; id: string } | null {
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(value)) return null;
    const match = /^([A-Z_]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
    if (!match || !RELATIONSHIP_TYPES.includes(match[1] as never)) return null;
    return { type: match[1]!, id: match[2]! };
  }

  /**
   * Runs a check of the write layer (which throws an InputError), keeping its
   * problems with those of the ids, so that one answer names them all;
   * undefined when it found any.
   */
  checked<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.problems.push(...error.problems);
      return undefined;
    }
  }

  fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  done(): void {
    if (this.problems.length > 0) throw new InputError(this.problems);
  }
}
