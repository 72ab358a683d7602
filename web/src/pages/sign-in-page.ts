import { loadSession, signIn, type SignInFailure } from '../api/session.js';
import { navigate, type PageContext } from '../router.js';
import { ROLE_LABELS } from '../ui/account-menu.js';
import { h, replace } from '../ui/dom.js';
import { setTitle } from '../ui/status.js';

/** Where to go after signing in: a path of this site only (never `//other.host`), or the search page. */
export function nextPath(query: URLSearchParams): string {
  const next = query.get('next') ?? '';
  return /^\/(?![/\\])/.test(next) && !next.startsWith('/sign-in') ? next : '/';
}

function waitText(seconds: number): string {
  return seconds >= 90 ? `${Math.ceil(seconds / 60)} phút` : `${seconds} giây`;
}

/** The API's refusal as the person reads it; a wrong password and an unknown name are one message, as the API answers. */
export function failureMessage(failure: SignInFailure): string {
  switch (failure.code) {
    case 'SIGN_IN_FAILED':
      return 'Tên đăng nhập hoặc mật khẩu không đúng.';
    case 'SIGN_IN_THROTTLED':
      return failure.locked
        ? `Đăng nhập sai quá nhiều lần nên tạm bị khóa. Hãy thử lại sau ${waitText(failure.retryAfterSeconds ?? 0)}.`
        : `Đăng nhập sai nhiều lần. Hãy đợi ${waitText(failure.retryAfterSeconds ?? 0)} rồi thử lại.`;
    case 'ACCOUNT_DISABLED':
      return 'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.';
    case 'BAD_REQUEST':
      return 'Hãy nhập tên đăng nhập và mật khẩu (mật khẩu tối đa 128 ký tự).';
    case 'SERVICE_UNAVAILABLE':
      return 'Máy chủ đang bận hoặc chưa kết nối được cơ sở dữ liệu. Hãy thử lại sau ít phút.';
    case 'NETWORK':
      return 'Không kết nối được với máy chủ.';
    default:
      return 'Không đăng nhập được do lỗi máy chủ. Hãy thử lại sau.';
  }
}

/** /sign-in: the form, or who is signed in already. */
export async function renderSignInPage({ outlet, query, signal }: PageContext): Promise<void> {
  setTitle('Đăng nhập');
  const user = await loadSession();
  if (signal.aborted) return;
  if (user) {
    replace(
      outlet,
      h('h1', null, 'Đăng nhập'),
      h('p', null, `Bạn đang đăng nhập với tên ${user.name} (${ROLE_LABELS[user.role]}). `, h('a', { href: nextPath(query) }, 'Tiếp tục'), '.'),
    );
    return;
  }

  const userName = h('input', { name: 'userName', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true, maxlength: '64' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: '128' });
  const problem = h('p', { class: 'status error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit' }, 'Đăng nhập');
  const form = h(
    'form',
    { class: 'sign-in-form panel', novalidate: true },
    h('label', { class: 'field' }, h('span', null, 'Tên đăng nhập'), userName),
    h('label', { class: 'field' }, h('span', null, 'Mật khẩu'), password),
    problem,
    h('div', { class: 'form-actions' }, submit),
  );
  const show = (message: string) => {
    problem.textContent = message;
    problem.hidden = false;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!userName.value.trim() || !password.value) {
      show('Hãy nhập tên đăng nhập và mật khẩu.');
      (userName.value.trim() ? password : userName).focus();
      return;
    }
    submit.disabled = true;
    signIn(userName.value.trim(), password.value)
      .then((result) => {
        if ('user' in result) {
          navigate(nextPath(query), { replace: true });
          return;
        }
        submit.disabled = false;
        password.value = '';
        show(failureMessage(result.failure));
        password.focus();
      })
      .catch(() => {
        submit.disabled = false;
        show(failureMessage({ code: 'NETWORK' }));
      });
  });
  replace(
    outlet,
    h('h1', null, 'Đăng nhập'),
    h('p', { class: 'hint' }, 'Dành cho người cập nhật sổ đăng ký. Ai cũng xem được sổ mà không cần đăng nhập.'),
    form,
  );
  userName.focus();
}
