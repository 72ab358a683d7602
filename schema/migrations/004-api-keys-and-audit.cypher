// API keys: looked up by the SHA-256 hash of the secret on every authenticated
// request (the uniqueness constraint is also the index that serves it); the
// secret itself is never stored.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
// The audit trail: one entry per write, read newest first and by time range.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE RANGE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actorKeyId);
