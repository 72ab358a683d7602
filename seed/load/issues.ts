/** One problem found in the seed data: where it is and what is wrong. */
export interface SeedIssue {
  /** The file as shown to the editor, e.g. `seed/facts/000-dong-thap-tong-ket-dvcq-2020.yaml`. */
  file: string;
  /** The record's id, or `#<n>` (1-based position) when the record has no usable id. */
  record?: string;
  /** The field, e.g. `observedAt` or `aliases[1]`. */
  field?: string;
  message: string;
}

/** `seed/facts/000-….yaml: record ro-000-… field observedAt: "2021-02-30" is not a calendar date` */
export function formatIssue(issue: SeedIssue): string {
  const where = [issue.record === undefined ? null : `record ${issue.record}`, issue.field === undefined ? null : `field ${issue.field}`]
    .filter((part) => part !== null)
    .join(' ');
  return where ? `${issue.file}: ${where}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Thrown when the seed data has problems; nothing has been written. Carries every problem found, not just the first. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly issues: readonly SeedIssue[]) {
    super(`The seed data has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
}
