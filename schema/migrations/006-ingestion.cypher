// Ingestion (docs/decisions/022-ingestion-and-review.md). An article taken in
// twice is found again by its URL or by the SHA-256 of its normalised text:
// both unique, so two concurrent ingests of one article cannot make two
// Sources (the loser's transaction is retried and finds the winner's).
CREATE CONSTRAINT source_url IF NOT EXISTS FOR (s:Source) REQUIRE s.url IS UNIQUE;
CREATE CONSTRAINT source_text_hash IF NOT EXISTS FOR (s:Source) REQUIRE s.textHash IS UNIQUE;
// Proposals: facts an article proposes, waiting for review. Not part of the
// knowledge graph (like API keys and audit entries). A proposal is MERGEd on its
// fingerprint (source, kind, canonical fields), so re-ingesting proposes nothing
// twice and a rejected proposal keeps its status.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT proposal_fingerprint IF NOT EXISTS FOR (p:Proposal) REQUIRE p.fingerprint IS UNIQUE;
// Listed by source and status; an acceptance's dependents found by the entity proposals they used.
CREATE RANGE INDEX proposal_source_status IF NOT EXISTS FOR (p:Proposal) ON (p.sourceId, p.status);
