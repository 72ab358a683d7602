import { isAbort } from '../api/client.js';
import { onSessionChange, signOut, type SignedIn } from '../api/session.js';
import { onRouteChange } from '../router.js';
import { h, replace } from './dom.js';

export const ROLE_LABELS: Record<SignedIn['role'], string> = { viewer: 'người xem', editor: 'biên tập viên', admin: 'quản trị viên' };

/** Where the sign-in page sends the person back to: this page. */
function signInHref(): string {
  if (location.pathname === '/sign-in') return location.pathname + location.search;
  return `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`;
}

/**
 * The header's corner for the person: "Đăng nhập" when no one is signed in;
 * the name, the role and a "Đăng xuất" button when someone is. A polite live
 * region, so a screen reader hears the change after signing in or out.
 */
export function accountMenu(): HTMLElement {
  const box = h('div', { class: 'account', 'aria-live': 'polite' });
  const signInLink = h('a', { href: signInHref(), class: 'sign-in' }, 'Đăng nhập');
  onRouteChange(() => signInLink.setAttribute('href', signInHref()));

  const show = (user: SignedIn | null) => {
    if (!user) {
      replace(box, signInLink);
      return;
    }
    const problem = h('span', { class: 'account-problem', role: 'alert' });
    const button = h('button', { type: 'button', class: 'sign-out' }, 'Đăng xuất');
    button.addEventListener('click', () => {
      button.disabled = true;
      signOut().catch((error: unknown) => {
        if (isAbort(error)) return;
        button.disabled = false;
        problem.textContent = 'Không đăng xuất được; hãy thử lại.';
      });
    });
    replace(box, h('span', { class: 'account-name' }, user.name, ' ', h('span', { class: 'account-role' }, `(${ROLE_LABELS[user.role]})`)), button, problem);
  };
  onSessionChange(show);
  return box;
}
