import { decodeLine, type GraphRecord, type HeaderRecord } from './ndjson-codec.js';
import type { NodeLabel, RelationshipType } from './transfer-model.js';

export interface LineIssue {
  line: number;
  message: string;
}

export interface FileCheckResult {
  header: HeaderRecord | null;
  nodes: number;
  relationships: number;
  /** The first issues, in line order (at most `maxIssues`). */
  issues: LineIssue[];
  issueCount: number;
  /**
   * Nodes the file refers to (relationship endpoints, `sourceIds`) without
   * holding them: they must already be in the database. Label → id → the first
   * line that refers to it.
   */
  external: Map<NodeLabel, Map<string, number>>;
  /** No node line comes after a relationship line (as export and generate write them): one pass can write both. */
  nodesFirst: boolean;
}

/** The set or map kept for `key`, made on first use. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The rules that span lines, fed one line at a time: the header comes first
 * and the end line last with the right counts, no node or relationship appears
 * twice, and every node referred to is in the file or left for the database
 * to hold. Holds the ids of the file's nodes and relationships in memory
 * (about 100 bytes each), nothing else; per label and per type, so that an id
 * read from a line is looked up as it is, without building a key string.
 */
export class GraphFileChecker {
  private readonly issueList: LineIssue[] = [];
  private issueCount = 0;
  private header: HeaderRecord | null = null;
  private endLine = 0;
  private lines = 0;
  private nodes = 0;
  private relationships = 0;
  private nodesFirst = true;
  private readonly nodeIds = new Map<NodeLabel, Set<string>>();
  private readonly relationshipIds = new Map<RelationshipType, Set<string>>();
  /** Nodes referred to before (or without) their own line: label → id → the first line that refers to it. */
  private readonly references = new Map<NodeLabel, Map<string, number>>();

  constructor(private readonly maxIssues = 100) {}

  /** Checks line `line` (1-based); returns its record when the line is good. */
  add(line: number, text: string): GraphRecord | undefined {
    this.lines = line;
    const decoded = decodeLine(text);
    if (!decoded.ok) return this.issue(line, decoded.message);
    const record = decoded.record;
    if (this.endLine > 0) return this.issue(line, `a line after the end line (line ${this.endLine})`);
    if (record.kind === 'header') {
      if (line !== 1) return this.issue(line, 'the header must be the first line');
      this.header = record;
      return record;
    }
    if (line === 1) this.issue(line, 'the first line must be the header ({"kind":"header",…})');
    switch (record.kind) {
      case 'node': {
        const ids = entryOf(this.nodeIds, record.label, () => new Set<string>());
        if (ids.has(record.id)) return this.issue(line, `${record.label} "${record.id}" appears twice`);
        ids.add(record.id);
        this.nodes += 1;
        if (this.relationships > 0) this.nodesFirst = false;
        this.referSources(record.props.sourceIds, line);
        return record;
      }
      case 'relationship': {
        const ids = entryOf(this.relationshipIds, record.type, () => new Set<string>());
        if (ids.has(record.id)) return this.issue(line, `${record.type} "${record.id}" appears twice`);
        ids.add(record.id);
        this.relationships += 1;
        this.refer(record.start.label, record.start.id, line);
        this.refer(record.end.label, record.end.id, line);
        this.referSources(record.props.sourceIds, line);
        return record;
      }
      case 'end':
        this.endLine = line;
        // After a bad line the counts cannot agree; saying so again would only add noise.
        if (this.issueCount === 0 && (record.nodes !== this.nodes || record.relationships !== this.relationships)) {
          return this.issue(line, `the end line counts ${record.nodes} nodes and ${record.relationships} relationships, the file holds ${this.nodes} and ${this.relationships}`);
        }
        return record;
    }
  }

  finish(): FileCheckResult {
    if (this.lines === 0) this.issue(1, 'the file is empty');
    else if (this.endLine === 0) this.issue(this.lines, 'the file ends without its end line ({"kind":"end",…}): is it truncated?');
    const external = new Map<NodeLabel, Map<string, number>>();
    for (const [label, referred] of this.references) {
      const held = this.nodeIds.get(label);
      const missing = new Map([...referred].filter(([id]) => !held?.has(id)));
      if (missing.size > 0) external.set(label, missing);
    }
    const issues = [...this.issueList].sort((a, b) => a.line - b.line);
    return { header: this.header, nodes: this.nodes, relationships: this.relationships, issues, issueCount: this.issueCount, external, nodesFirst: this.nodesFirst };
  }

  private refer(label: NodeLabel, id: string, line: number) {
    if (this.nodeIds.get(label)?.has(id)) return;
    const referred = entryOf(this.references, label, () => new Map<string, number>());
    if (!referred.has(id)) referred.set(id, line);
  }

  private referSources(sourceIds: unknown, line: number) {
    if (Array.isArray(sourceIds)) for (const id of sourceIds) if (typeof id === 'string') this.refer('Source', id, line);
  }

  private issue(line: number, message: string): undefined {
    this.issueCount += 1;
    if (this.issueList.length < this.maxIssues) this.issueList.push({ line, message });
    return undefined;
  }
}
