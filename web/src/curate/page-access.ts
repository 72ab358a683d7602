import { loadSession, mayAct, type SignedIn } from '../api/session.js';
import { h, replace } from '../ui/dom.js';

/**
 * The person a curating page is for, or null after telling them why not: no
 * one signed in (a link to sign in and come back), or too small a role. The
 * pages are not offered to such people in the first place; this is for a
 * link followed anyway. The API refuses their writes regardless.
 */
export async function personAllowed(outlet: HTMLElement, role: SignedIn['role'], signal: AbortSignal): Promise<SignedIn | null> {
  const user = await loadSession();
  if (signal.aborted) return null;
  if (mayAct(user, role)) return user;
  const next = encodeURIComponent(location.pathname + location.search);
  replace(
    outlet,
    h('h1', null, 'Không có quyền'),
    user
      ? h('p', { class: 'status error', role: 'alert' }, `Trang này dành cho ${role === 'admin' ? 'quản trị viên' : 'biên tập viên'}; tài khoản của bạn chỉ được xem.`)
      : h('p', { class: 'status error', role: 'alert' }, 'Hãy ', h('a', { href: `/sign-in?next=${next}` }, 'đăng nhập'), ' để cập nhật sổ đăng ký.'),
  );
  return null;
}
