import { phraseTokens, tokenize, type Token } from '../text/tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

/**
 * Phrases as sequences of lower-case tokens, matched against the tokens of a
 * sentence: the longest phrase starting at a position wins. Lookup costs one
 * map step per token, whatever the vocabulary's size. An acronym ("UBND",
 * "TƯ", "TW") matches only as written in capitals: "Tư" in a name is not
 * "TƯ" (Trung ương).
 */
const EXACT = '\u0000';

function isAcronym(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    let node = this.root;
    const written = tokenize(phrase.normalize('NFC'));
    for (const [i, token] of phraseTokens(phrase).entries()) {
      const key = isAcronym(written[i]!.text) ? EXACT + written[i]!.text : token;
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node !== this.root) node.values.push(value);
  }

  /** The longest phrase at `tokens[i]`: its values and the index after it. */
  longest(tokens: readonly Token[], i: number): { values: T[]; end: number } | null {
    // Both the lower-case and the exact (acronym) branch may continue: "TP" is "tp" of "Tp." and the acronym "TP".
    let best: { values: T[]; end: number } | null = null;
    const walk = (node: Node<T>, j: number) => {
      if (node.values.length > 0 && (!best || j > best.end)) best = { values: node.values, end: j };
      const token = tokens[j];
      if (!token) return;
      const lower = node.next.get(token.lower);
      if (lower) walk(lower, j + 1);
      const exact = node.next.get(EXACT + token.text);
      if (exact) walk(exact, j + 1);
    };
    walk(this.root, i);
    return best;
  }

  /** Whether some phrase starts at `tokens[i]`. */
  startsAt(tokens: readonly Token[], i: number): boolean {
    return this.longest(tokens, i) !== null;
  }
}
