/**
 * # ingest/ — proposed facts from a news article, offline
 *
 * An article goes in (a saved HTML page or plain text); proposed facts come
 * out, each with its evidence in the article's text, shaped as the inputs of
 * the registry's write operations (api/write, schema/mutations.graphql). The
 * later steps — matching each mention against the registry, storing proposals,
 * a person's review, writing what is accepted through the write operations
 * citing the article — are built on this output; nothing here touches the
 * database, GraphQL or the network.
 *
 * ```ts
 * const extractor = createExtractor();                 // vocabularies compiled once
 * const extraction = extractor.extract(readFileSync('bai-viet.html'));
 * ```
 *
 * ## Stages (each a module with its own tests in test/unit/ingest/)
 *
 * | stage | module | in → out |
 * |---|---|---|
 * | 0. intake | article/ | bytes or string → `Article`: normalised plain text + metadata (title, publisher, author, publishedAt, updatedAt, pageDate). HTML: linkedom (no script engine) + Mozilla Readability for the main content, meta tags / JSON-LD / `<time>` for metadata. Encoding from BOM or `<meta charset>`: UTF-8, UTF-16 (with BOM), windows-1258. Limits (article/limits.ts): 5 MiB of input, 100,000 characters of text, a page's main content of at least 200 characters |
 * | 1. normalisation | text/normalise.ts | text → text: NFC, whitespace, dashes, quotes, tone placement ("uỷ" → "ủy"); every range below refers to this text |
 * | 2. splitting | text/split.ts, text/tokens.ts | text → sentences, clauses, tokens with ranges |
 * | 3. mentions | extract/scan-*.ts | tokens → places, organisations (with level and place), titles and title lists, people (honorifics are not names), events, programs, models, documents, campaigns, awards |
 * | 4. relations | extract/people.ts, participations.ts, programs.ts, models.ts, references.ts | mentions → role observations (one per title), participations (people sharing a verb), organisers, program parties, model places, issuers, grants |
 * | 5. dating | extract/dates.ts, events.ts | date expressions → partial dates at the precision written; a year-less day takes the article's year, or in an article without a date the year its reviewed or signed period points to; an undated reported event takes the year of the article (all inferred) |
 *
 * The vocabularies are data the project owns (vocab/data/*.yaml: titles,
 * organisation kinds, places with the 2025 units, abbreviations, honorifics,
 * surnames, event kinds, participation verbs, programs, campaigns, models,
 * awards), loaded and checked by vocab/load-vocabulary.ts. A registry gazetteer
 * — `{kind, name, aliases}` per registry entity (vocab/gazetteer.ts; the seed
 * gives one through vocab/seed-gazetteer.ts) — adds the names the graph already
 * holds.
 *
 * ## Output contract (`Extraction`, extract/types.ts)
 *
 * - `article`: the metadata; `text`: the normalised text.
 * - `entities`: `ProposedEntity` per distinct entity — `key` (local, "Label:canonical
 *   name"), `label`, `name` (the registry's style: "Ủy ban nhân dân tỉnh Bến Tre"),
 *   `aliases` (other spellings met), `fields` (the rest of the create input:
 *   Organization kind/level/line, Event kind/date/online, Program
 *   kind/startYear/endYear, Document kind/number/issuedAt, Campaign kind/year,
 *   Award collectives/individuals, Place kind), `mentions` (text as written,
 *   folded, range), and for organisations `placeUnresolved` when the article
 *   leaves open the place its level asks for.
 * - `roleObservations` → recordRoleObservation: person, organization, event
 *   (keys), title (normalised), titleAsWritten, observedAt (partial date or null).
 * - `participations` → recordParticipation: person, event, role, titleAtEvent,
 *   bridgePoint.
 * - `links` → link: type (ORGANIZED, PARTY_TO, SIGNED_AT, REVIEWED_AT,
 *   ADOPTED_IN, ORIGINATED_IN + since, PRESENTED_AT + presentedBy, LOCATED_IN,
 *   PART_OF, ISSUED, GRANTED, AWARDED_AT, AWARDED_FOR, PRESENTED), from, to.
 * - Every proposal carries `evidence` (ranges of `text` and the quoted snippet),
 *   `confidence` (0–1, from the rule that produced it), and `inferred` with an
 *   English `inferenceNote` when the article does not say it in so many words
 *   (a year taken from the article's date, a province from the article's
 *   context, a congress dated to its term's first year, parties taken to be the
 *   organisers).
 *
 * Dates keep the registry's partial-date forms (model/partial-date.ts): a day
 * is never invented. Refusals are `IngestError`s with a code (errors.ts).
 * Measured with `npm run bench:extraction` (docs/benchmarks/extraction.md);
 * design in docs/decisions/018-offline-extraction.md.
 *
 * The scorer (score/: recall and precision against hand-made answers, read in
 * the seed's format through seed/load) is a development tool for the bench and
 * the tests, imported by its path and not from here, so that loading ingest/
 * (as the API does) never loads seed/.
 */
export { readArticle, type Article, type ReadArticleOptions } from './article/read-article.js';
export { ARTICLE_LIMITS } from './article/limits.js';
export type { ArticleMetadata } from './article/metadata.js';
export { IngestError, type IngestErrorCode } from './errors.js';
export { createExtractor, type Extractor, type ExtractorOptions } from './extractor.js';
export type { EntityLabel, Evidence, Extraction, Mention, ProposedEntity, ProposedLink, ProposedParticipation, ProposedRoleObservation } from './extract/types.js';
export { checkGazetteer, type GazetteerEntry, type GazetteerKind } from './vocab/gazetteer.js';
export { gazetteerFromRecords } from './vocab/seed-gazetteer.js';
export { loadVocabulary, VOCABULARY_DIR } from './vocab/load-vocabulary.js';
export type { Vocabulary } from './vocab/types.js';
export { canonicalName } from './vocab/canonical.js';
