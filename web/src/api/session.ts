import { ApiError, graphql, requestHeaders, setCsrfToken } from './client.js';

/**
 * Who is signed in, as the explorer knows it: loaded once with the `me` query,
 * changed by signing in and out (POST /auth/sign-in and /auth/sign-out, which
 * set and clear the HttpOnly session cookie the page itself never sees). The
 * session's CSRF token goes to the GraphQL client for every request.
 */
export interface SignedIn {
  id: string;
  userName: string;
  name: string;
  role: 'viewer' | 'editor' | 'admin';
}

export type SignInFailure = { code: string; retryAfterSeconds?: number; locked?: boolean };

const ME = 'query Me { me { kind id userName name role csrfToken } }';

let current: SignedIn | null = null;
let loading: Promise<SignedIn | null> | null = null;
const listeners = new Set<(user: SignedIn | null) => void>();

function set(user: SignedIn | null, csrfToken: string | null): void {
  current = user;
  setCsrfToken(csrfToken);
  for (const listener of listeners) listener(user);
}

/** Calls `listener` now (once the session is known) and at every sign-in and sign-out. */
export function onSessionChange(listener: (user: SignedIn | null) => void): void {
  listeners.add(listener);
  void loadSession().then(() => listener(current));
}

/** The signed-in person, asked of the API once per page load. */
export function loadSession(): Promise<SignedIn | null> {
  loading ??= graphql<{ me: (SignedIn & { kind: string; csrfToken: string | null }) | null }>(ME)
    .then(({ me }) => {
      // Only a person's session counts here; the explorer never sends an API key.
      if (me && me.kind === 'ACCOUNT' && me.csrfToken) set({ id: me.id, userName: me.userName, name: me.name, role: me.role }, me.csrfToken);
      else set(null, null);
      return current;
    })
    .catch(() => null);
  return loading;
}

async function sent(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch {
    throw new ApiError('Không kết nối được với máy chủ.', 'NETWORK');
  }
}

const postOf = (body: unknown): RequestInit => ({ method: 'POST', headers: requestHeaders(), body: JSON.stringify(body) });

/** Signs in; the person, or why not (the API's code, and for a throttle how long to wait). */
export async function signIn(userName: string, password: string): Promise<{ user: SignedIn } | { failure: SignInFailure }> {
  const response = await sent(() => fetch('/auth/sign-in', postOf({ userName, password })));
  const body = (await response.json().catch(() => ({}))) as {
    account?: SignedIn & { displayName: string };
    csrfToken?: string;
    errors?: { extensions?: SignInFailure }[];
  };
  if (response.ok && body.account && body.csrfToken) {
    const { id, userName: name, displayName, role } = body.account;
    set({ id, userName: name, name: displayName, role }, body.csrfToken);
    return { user: current! };
  }
  return { failure: body.errors?.[0]?.extensions ?? { code: `HTTP_${response.status}` } };
}

/** Signs out: the server deletes the session and clears the cookie. */
export async function signOut(): Promise<void> {
  const response = await sent(() => fetch('/auth/sign-out', postOf({})));
  if (!response.ok) throw new ApiError(`Không đăng xuất được (HTTP ${response.status}).`, null);
  set(null, null);
}
