/** How long sessions live, and whether their cookie is `Secure` (api/config.ts reads them from the environment). */
export interface SessionSettings {
  /** A session unused this long ends (SESSION_IDLE_TIMEOUT_MS, 8 hours by default). */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in however busy (SESSION_MAX_AGE_MS, 24 hours by default). */
  maxAgeMs: number;
  /** The explorer is reached over HTTPS (SESSION_COOKIE_SECURE): the cookie is `Secure` and named `__Host-dvk_session`. */
  secureCookie: boolean;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = Object.freeze({ idleTimeoutMs: 8 * 3_600_000, maxAgeMs: 24 * 3_600_000, secureCookie: false });

/**
 * A session's last-seen time is written at most this often: once a minute, or
 * a tenth of the idle timeout when that is shorter. A signed-in page then costs
 * one indexed read per request, and a write only now and then; the idle timeout
 * is kept to within this interval.
 */
export function touchIntervalMs(settings: SessionSettings): number {
  return Math.min(60_000, Math.floor(settings.idleTimeoutMs / 10));
}
