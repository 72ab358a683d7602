import type { ActiveSession, SessionCutoffs } from '../db/accounts/session.repository.js';
import { isRole } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';
import { touchIntervalMs, type SessionSettings } from './session-settings.js';
import { tokenFromCookieHeader } from './session-cookie.js';
import { csrfMatches, csrfTokenFor, hashSessionToken, isSessionToken } from './session-token.js';

export interface SessionLookup {
  active(tokenHash: string, cutoffs: SessionCutoffs): Promise<ActiveSession | null>;
  touch(id: string, now: number): Promise<void>;
}

/** A request's session: the person, and the CSRF token of the session with whether the request carried it. */
export interface RequestSession {
  viewer: Extract<Viewer, { kind: 'account' }>;
  csrf: { token: string; verified: boolean };
}

/**
 * Turns a request's Cookie header into the signed-in person, or null (no
 * cookie, or one naming no live session: expired, signed out, revoked, or its
 * account disabled). Not cached: each signed-in request reads its session
 * (one lookup by an indexed hash), so a revocation holds in every API process
 * at once. The session's last-seen time is written when it is older than the
 * touch interval, not on every request.
 */
export class SessionVerifier {
  private readonly touchMs: number;

  constructor(
    private readonly sessions: SessionLookup,
    private readonly settings: SessionSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.touchMs = touchIntervalMs(settings);
  }

  async sessionFor(cookieHeader: string | undefined, csrfHeader: string | string[] | undefined): Promise<RequestSession | null> {
    const token = tokenFromCookieHeader(cookieHeader, this.settings.secureCookie);
    if (token === null || !isSessionToken(token)) return null;
    const now = this.now();
    const session = await this.sessions.active(hashSessionToken(token), {
      idleSince: now - this.settings.idleTimeoutMs,
      createdSince: now - this.settings.maxAgeMs,
      touchBefore: now - this.touchMs,
    });
    if (!session || !isRole(session.role)) return null;
    if (session.needsTouch) await this.sessions.touch(session.sessionId, now);
    return {
      viewer: { kind: 'account', accountId: session.accountId, userName: session.userName, displayName: session.displayName, role: session.role, sessionId: session.sessionId },
      csrf: { token: csrfTokenFor(token), verified: csrfMatches(token, csrfHeader) },
    };
  }
}
