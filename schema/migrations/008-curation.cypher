// Curating in the explorer (docs/decisions/028-curating-in-the-explorer.md).
// The organisation to contact about a model: a relationship type of its own,
// with a stable id like every other.
CREATE CONSTRAINT contact_for_id IF NOT EXISTS FOR ()-[r:CONTACT_FOR]-() REQUIRE r.id IS UNIQUE;
// An undo names the audit entry it undid; looked up to say that an entry was
// undone already, and when a page of history shows which entries were.
CREATE RANGE INDEX audit_entry_undoes IF NOT EXISTS FOR (a:AuditEntry) ON (a.undoes);
