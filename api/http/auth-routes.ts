import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import {
  addressKey,
  clearedSessionCookie,
  csrfMatches,
  GateFullError,
  hashSessionToken,
  isSessionToken,
  sessionCookie,
  tokenFromCookieHeader,
  type SessionSettings,
  type SignInOutcome,
  type SignInService,
} from '../accounts/index.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../db/errors.js';
import type { Logger } from '../logger.js';

export interface AuthRoutesDeps {
  signIn: Pick<SignInService, 'signIn'>;
  sessions: { end(tokenHash: string): Promise<string | null> };
  settings: SessionSettings;
  logger: Logger;
}

// Every refusal in GraphQL's error shape, as /graphql answers, so a client reads them all one way.
function refuse(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The answer to each outcome of a sign-in; messages are for developers, the explorer shows its own by code. */
function answer(res: Response, outcome: SignInOutcome, settings: SessionSettings): void {
  switch (outcome.kind) {
    case 'signed-in':
      res.setHeader('set-cookie', sessionCookie(outcome.token, settings.secureCookie));
      res.status(200).json({ account: outcome.account, csrfToken: outcome.csrfToken });
      return;
    case 'failed':
      refuse(res, 401, 'SIGN_IN_FAILED', 'The user name or the password is wrong.');
      return;
    case 'throttled': {
      const retryAfterSeconds = Math.ceil(outcome.retryAfterMs / 1000);
      res.setHeader('retry-after', String(retryAfterSeconds));
      const message = outcome.locked
        ? `Too many failed sign-ins: signing in is locked for ${retryAfterSeconds} s.`
        : `Too many failed sign-ins: try again in ${retryAfterSeconds} s.`;
      refuse(res, 429, 'SIGN_IN_THROTTLED', message, { retryAfterSeconds, locked: outcome.locked });
      return;
    }
    case 'disabled':
      refuse(res, 403, 'ACCOUNT_DISABLED', 'This account is disabled; an administrator can enable it again.');
      return;
    case 'invalid':
      refuse(res, 400, 'BAD_REQUEST', outcome.message);
      return;
  }
}

/**
 * POST /auth/sign-in and POST /auth/sign-out: plain HTTP rather than GraphQL
 * mutations, because they set and clear a cookie (a response header, which
 * resolvers have no business with) and because neither is a change to the
 * registry (docs/decisions/024-accounts-and-sessions.md).
 *
 * Sign-in takes `{"userName", "password"}` as `application/json` only: a page
 * of another site cannot send that type without the browser asking first (a
 * CORS preflight, which this server never grants), so it cannot sign a visitor
 * in to an account of its choosing. Sign-out needs the session's CSRF token in
 * X-CSRF-Token, as writes do. Neither answer is ever cached.
 */
export function authRoutes(deps: AuthRoutesDeps): Router {
  const router = express.Router();
  const { settings, logger } = deps;
  const json = express.json({ limit: '4kb' });

  router.use('/auth', (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    next();
  });

  router.post('/auth/sign-in', (req, res, next) => {
    if (!req.is('application/json')) {
      refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the user name and password as application/json.');
      return;
    }
    json(req, res, next);
  }, async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      refuse(res, 400, 'BAD_REQUEST', 'The body must be a JSON object with userName and password.');
      return;
    }
    const { userName, password } = body as Record<string, unknown>;
    const address = addressKey(req.socket.remoteAddress);
    const outcome = await deps.signIn.signIn({ userName, password, address });
    if (outcome.kind === 'signed-in') {
      // A session the browser still held ends: one browser, one session, and none left behind by signing in as another.
      const previous = tokenFromCookieHeader(req.headers.cookie, settings.secureCookie);
      if (previous !== null && isSessionToken(previous)) await deps.sessions.end(hashSessionToken(previous));
      logger.info({ msg: 'signed in', account: outcome.account.id, session: outcome.sessionId, address });
    } else {
      logger.info({ msg: 'sign-in refused', outcome: outcome.kind, address });
    }
    answer(res, outcome, settings);
  });

  router.post('/auth/sign-out', async (req, res) => {
    const token = tokenFromCookieHeader(req.headers.cookie, settings.secureCookie);
    if (token !== null && isSessionToken(token)) {
      if (!csrfMatches(token, req.headers['x-csrf-token'])) {
        refuse(res, 403, 'FORBIDDEN', "Signing out needs the session's CSRF token in the X-CSRF-Token header.", { reason: 'CSRF' });
        return;
      }
      const accountId = await deps.sessions.end(hashSessionToken(token));
      if (accountId) logger.info({ msg: 'signed out', account: accountId });
    }
    // Signed out either way: the browser drops the cookie, whatever it named.
    res.setHeader('set-cookie', clearedSessionCookie(settings.secureCookie));
    res.status(204).end();
  });

  router.use('/auth', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number; type?: string }).status;
    if (error instanceof DatabaseUnavailableError || error instanceof DatabaseTimeoutError) {
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
    } else if (error instanceof GateFullError) {
      res.setHeader('retry-after', '1');
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'Too many sign-ins at once; try again in a moment.');
    } else if (status === 413) {
      refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    } else if (status === 400) {
      refuse(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    } else {
      logger.error({ msg: 'auth request failed', err: error });
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
