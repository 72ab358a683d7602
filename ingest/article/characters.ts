import { IngestError } from '../errors.js';

/**
 * Characters no article text holds, refused rather than dropped: the text is
 * kept on the article's Source and quoted as evidence, so what the registry
 * stores must be what was sent, and the registry's own text refuses the same
 * (api/write/checker.ts). Tab and line breaks stay, a vertical tab and a form
 * feed too: word processors write line and page breaks with them (stage 1
 * makes them line breaks).
 * NUL is refused before, as binary data.
 */
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/;
const UNPAIRED_SURROGATE = /\p{Cs}/u;
// Embeddings, overrides and isolates make text display in another order than it reads; Vietnamese never needs them.
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/;
const REFUSED = new RegExp(`${CONTROL.source}|${UNPAIRED_SURROGATE.source}|${BIDI_FORMATTING.source}`, 'u');

function why(character: string): string {
  if (CONTROL.test(character)) return 'a control character: it is not text';
  if (UNPAIRED_SURROGATE.test(character)) return 'half of a surrogate pair: it is not Unicode text';
  return 'a bidirectional formatting character: the text would display in another order than it reads';
}

/**
 * Throws an IngestError (NOT_TEXT) naming the first character of `text` an
 * article may not hold and the words before it (an offset would mean nothing
 * in a page); `what` says which text it is.
 */
export function assertArticleCharacters(text: string, what: string): void {
  const found = REFUSED.exec(text);
  if (!found) return;
  const character = found[0];
  const code = character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const start = Math.max(0, found.index - 30);
  // Whole words only: a word the cut went through is left out.
  const before = (start > 0 ? text.slice(start, found.index).replace(/^\S*\s/, '') : text.slice(0, found.index)).replace(/\s+/g, ' ').trim();
  const where = before === '' ? 'at its start' : `after "${before}"`;
  throw new IngestError('NOT_TEXT', `${what} holds U+${code} ${where}, ${why(character)}`);
}
