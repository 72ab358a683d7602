import { phraseTokens, type Token } from '../text/tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

/**
 * Phrases as sequences of lower-case tokens, matched against the tokens of a
 * sentence: the longest phrase starting at a position wins. Lookup costs one
 * map step per token, whatever the vocabulary's size.
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const token of phraseTokens(phrase)) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(token, child);
      }
      node = child;
    }
    if (node !== this.root) node.values.push(value);
  }

  /** The longest phrase at `tokens[i]`: its values and the index after it. */
  longest(tokens: readonly Token[], i: number): { values: T[]; end: number } | null {
    let node = this.root;
    let best: { values: T[]; end: number } | null = null;
    for (let j = i; j < tokens.length; j++) {
      const child = node.next.get(tokens[j]!.lower);
      if (!child) break;
      node = child;
      if (node.values.length > 0) best = { values: node.values, end: j + 1 };
    }
    return best;
  }

  /** Whether some phrase starts at `tokens[i]`. */
  startsAt(tokens: readonly Token[], i: number): boolean {
    return this.longest(tokens, i) !== null;
  }
}
