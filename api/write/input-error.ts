/** One thing wrong with a mutation's input: the field (a path such as `input.aliases[2]`) and what is wrong. */
export interface Problem {
  field: string;
  message: string;
}

/**
 * A mutation's input is invalid; nothing was written. Carries every problem
 * found, the first one being the headline. The GraphQL layer reports it as
 * BAD_USER_INPUT with `extensions.field` and `extensions.problems`.
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly problems: Problem[];

  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.problems = list;
  }

  get field(): string {
    return this.problems[0]?.field ?? 'input';
  }
}

export function inputError(field: string, message: string): InputError {
  return new InputError({ field, message });
}
