/**
 * Stage 2: sentences and clauses, as character ranges of the normalised text.
 *
 * A sentence ends at a line end, or at ".", "!", "?", "…" followed by a space
 * and a capital letter, a digit or an opening quote — unless the dot closes an
 * abbreviation ("TP.", "ThS.", an initial) or sits inside a number or code.
 * Headlines, captions and bylines are lines of their own, so they are
 * sentences of their own. A clause is a part of a sentence between
 * semicolons outside quotes and brackets.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(['tp', 'thS', 'ths', 'ts', 'pgs', 'gs', 'bs', 'th', 'v.v', 'tt', 'q', 'p', 'x', 'ks', 'ls', 'nxb']);

function span(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = span(text, start, end);
    if (s) sentences.push(s);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Runs of end marks ("./.", "...", "v.v..") end together.
    let j = i;
    while (j + 1 < text.length && /[.!?…/]/.test(text[j + 1]!)) j++;
    const next = text[j + 1];
    if (next !== undefined && next !== ' ' && next !== '\n') continue;
    const after = text.slice(j + 2, j + 3);
    if (next === ' ' && !/[\p{Lu}\d“(]/u.test(after)) continue;
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(j + 1);
    i = j;
  }
  push(text.length);
  return sentences;
}

export function splitClauses(sentence: Span): Span[] {
  const clauses: Span[] = [];
  let depth = 0;
  let quoted = false;
  let start = sentence.start;
  const text = sentence.text;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0 && !quoted) {
      const s = span(text, start - sentence.start, i);
      if (s) clauses.push({ start: sentence.start + s.start, end: sentence.start + s.end, text: s.text });
      start = sentence.start + i + 1;
    }
  }
  const last = span(text, start - sentence.start, text.length);
  if (last) clauses.push({ start: sentence.start + last.start, end: sentence.start + last.end, text: last.text });
  return clauses;
}
