import { readArticle, type Article, type ReadArticleOptions } from './article/read-article.js';
import { extractFacts } from './extract/extract.js';
import type { Extraction } from './extract/types.js';
import { checkGazetteer, type GazetteerEntry } from './vocab/gazetteer.js';
import { Lexicon } from './vocab/lexicon.js';
import { loadVocabulary } from './vocab/load-vocabulary.js';
import type { Vocabulary } from './vocab/types.js';

export interface ExtractorOptions {
  /** The vocabularies; the project's own (ingest/vocab/data) when absent. */
  vocabulary?: Vocabulary;
  /** A registry gazetteer: {kind, name, aliases} per registry entity. */
  gazetteer?: unknown;
}

export interface Extractor {
  /** Reads an article (bytes, a string, or one already read) and proposes its facts. */
  extract(input: Uint8Array | string | Article, options?: ReadArticleOptions): Extraction;
  readonly lexicon: Lexicon;
}

/** Compiles the vocabularies and gazetteer once; the extractor is then reused for every article. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const gazetteer: GazetteerEntry[] = options.gazetteer === undefined ? [] : checkGazetteer(options.gazetteer);
  const lexicon = new Lexicon(options.vocabulary ?? loadVocabulary(), gazetteer);
  return {
    lexicon,
    extract(input, readOptions) {
      const article = typeof input === 'object' && 'text' in input && 'metadata' in input ? input : readArticle(input as Uint8Array | string, readOptions);
      return extractFacts(article, lexicon);
    },
  };
}
