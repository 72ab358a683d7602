// People's accounts, their sessions and the sign-in throttles
// (docs/decisions/024-accounts-and-sessions.md). Kept beside the knowledge graph
// like API keys: never exported, joined to nothing by relationships.
// An account is found by its user name at sign-in (stored lower-case, so the
// constraint makes names unique whatever their case) and by its id elsewhere.
CREATE CONSTRAINT user_account_id IF NOT EXISTS FOR (a:UserAccount) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT user_account_user_name IF NOT EXISTS FOR (a:UserAccount) REQUIRE a.userName IS UNIQUE;
// A session is looked up by the SHA-256 of its token on every signed-in request;
// the token itself is never stored. Sessions of an account are all revoked at once
// (sign-out everywhere, disable, password reset), and expired ones swept by age.
CREATE CONSTRAINT user_session_id IF NOT EXISTS FOR (s:UserSession) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT user_session_token_hash IF NOT EXISTS FOR (s:UserSession) REQUIRE s.tokenHash IS UNIQUE;
CREATE RANGE INDEX user_session_account IF NOT EXISTS FOR (s:UserSession) ON (s.accountId);
CREATE RANGE INDEX user_session_last_seen IF NOT EXISTS FOR (s:UserSession) ON (s.lastSeenAt);
// Failed sign-ins counted per user name and per client address (both hashed into the id);
// the uniqueness constraint also serialises concurrent attempts on the same counter.
CREATE CONSTRAINT sign_in_throttle_id IF NOT EXISTS FOR (t:SignInThrottle) REQUIRE t.id IS UNIQUE;
// The audit trail read by the person who wrote (an account's history).
CREATE RANGE INDEX audit_entry_actor_account IF NOT EXISTS FOR (a:AuditEntry) ON (a.actorAccountId);
