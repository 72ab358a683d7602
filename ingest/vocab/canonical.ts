import { foldVietnamese } from '../../model/text.js';

/**
 * How two names are compared (by the extractor when it merges mentions, and by
 * the scorer): abbreviations expanded ("UBND" → "Ủy ban nhân dân"), folded (no
 * diacritics, no case: "Dân vân" and "Dân vận" are the same), every run of
 * characters that are not letters or digits one space.
 */
export function canonicalName(text: string, abbreviations: readonly { short: string; long: string }[]): string {
  let expanded = text.normalize('NFC');
  for (const { short, long } of abbreviations) {
    if (!expanded.includes(short)) continue;
    const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expanded = expanded.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), long);
  }
  return foldVietnamese(expanded)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}
