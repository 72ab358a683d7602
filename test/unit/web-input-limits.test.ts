import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../api/paths.js';

const schema = readdirSync(path.join(REPO_ROOT, 'schema'))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(path.join(REPO_ROOT, 'schema', f), 'utf8'))
  .join('\n');
const limits = readFileSync(path.join(REPO_ROOT, 'web/src/api/limits.ts'), 'utf8');

/** A bound of the explorer's LIMITS (web/src/api/limits.ts), read as text: the web code is the browser's, not Node's. */
function webLimit(name: string): number {
  const match = new RegExp(`^\\s*${name}: (\\d+),`, 'm').exec(limits);
  assert.ok(match, `LIMITS.${name} in web/src/api/limits.ts`);
  return Number(match[1]);
}

/** The `@constraint` argument of a schema line matching `field` (the line that declares it). */
function constraint(field: RegExp, argument: string): number {
  const line = schema.split('\n').find((l) => field.test(l));
  assert.ok(line, `a schema line matching ${field}`);
  const match = new RegExp(`${argument}: (\\d+)`).exec(line);
  assert.ok(match, `${argument} on: ${line.trim()}`);
  return Number(match[1]);
}

describe("the explorer's input limits are the API's", () => {
  it('free text: the search query and the model filter text and category', () => {
    const text = webLimit('text');
    assert.equal(text, constraint(/^\s*query: String! @constraint/, 'maxLength'));
    assert.equal(text, constraint(/^\s*text: String @constraint.*$/, 'maxLength'));
    assert.equal(text, constraint(/^\s*category: String @constraint/, 'maxLength'));
  });

  it('ids, and the length of a path', () => {
    assert.equal(webLimit('id'), constraint(/^\s*id: ID! @constraint/, 'maxLength'));
    assert.equal(webLimit('id'), constraint(/^\s*place: ID @constraint/, 'maxLength'));
    assert.equal(webLimit('minHops'), constraint(/^\s*maxHops: Int = 4 @constraint/, 'min'));
    assert.equal(webLimit('maxHops'), constraint(/^\s*maxHops: Int = 4 @constraint/, 'max'));
  });

  it('every text input of the explorer carries the limit as its maxlength', () => {
    for (const file of ['web/src/pages/search-page.ts', 'web/src/pages/models-page.ts', 'web/src/ui/entity-picker.ts']) {
      const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      const inputs = [...source.matchAll(/type: '(search|text)'/g)].length;
      const bounded = [...source.matchAll(/maxlength: LIMITS\.text/g)].length;
      assert.ok(inputs > 0, file);
      assert.equal(bounded, inputs, `${file}: ${bounded} of ${inputs} text inputs have maxlength`);
    }
  });
});
