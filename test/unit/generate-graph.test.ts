import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphFileChecker } from '../../transfer/index.js';
import { generateLines, type GenerationCounts } from '../../scripts/generate/generate-graph.js';
import { planFor } from '../../scripts/generate/size-plan.js';

function generate(seed: number): { text: string; counts: GenerationCounts } {
  const counts: GenerationCounts = { nodes: 0, relationships: 0, byLabel: {} };
  const text = [...generateLines(planFor('tiny', seed), 4, counts)].join('\n');
  return { text, counts };
}

describe('the synthetic graph generator', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const a = generate(7).text;
    assert.equal(generate(7).text, a);
    assert.notEqual(generate(8).text, a);
  });

  it('writes a file the importer accepts line by line, referring to nothing outside it', () => {
    const { text, counts } = generate(7);
    const checker = new GraphFileChecker();
    text.split('\n').forEach((line, i) => checker.add(i + 1, line));
    const result = checker.finish();
    assert.deepEqual(result.issues, []);
    assert.equal(result.nodes, counts.nodes);
    assert.equal(result.relationships, counts.relationships);
    assert.equal(result.external.size, 0);
  });

  it('lays out the 63 provinces before July 2025 and the 34 after, linked by SUCCEEDED_BY', () => {
    const lines = generate(7).text.split('\n').map((l) => JSON.parse(l) as { kind: string; label?: string; type?: string; id: string; props: Record<string, unknown>; start?: { id: string } });
    const units = lines.filter((l) => l.label === 'Place' && (l.props.kind === 'PROVINCE' || l.props.kind === 'MUNICIPALITY'));
    const inForce = (date: string) => units.filter((u) => (u.props.validFrom ?? '0000') <= date && date <= (u.props.validTo ?? '9999'));
    assert.equal(inForce('2024-06-01').length, 63);
    assert.equal(inForce('2025-08-01').length, 34);
    // Commune ids end with their index; province-level ids never do.
    const successions = lines.filter((l) => l.type === 'SUCCEEDED_BY' && !/\d$/.test(l.start!.id));
    // 52 units merged on 1/7/2025, plus Thừa Thiên Huế → Huế on 1/1/2025.
    assert.equal(successions.length, 53);
  });

  it('gives officials NFC Vietnamese names and role histories with titles at organisations', () => {
    const lines = generate(7).text.split('\n').map((l) => JSON.parse(l) as { label?: string; props: Record<string, unknown> });
    const names = lines.filter((l) => l.label === 'Person').map((l) => l.props.name as string);
    assert.ok(names.length > 0);
    for (const name of names) {
      assert.equal(name, name.normalize('NFC'));
      assert.match(name, /^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+){2,3}$/u);
    }
    const titles = new Set(lines.filter((l) => l.label === 'RoleObservation').map((l) => l.props.title));
    assert.ok(titles.has('Trưởng Ban') || titles.has('Phó Trưởng Ban'));
  });
});
