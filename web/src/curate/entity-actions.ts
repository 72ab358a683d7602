import { mayAct, onSessionChange } from '../api/session.js';
import type { Typename } from '../api/types.js';
import { h, replace } from '../ui/dom.js';
import { entityUrl } from '../ui/kinds.js';

const EDITABLE: readonly Typename[] = ['Model', 'Person', 'Organization', 'Event', 'Program'];

/**
 * The curating links of an entity page, by the signed-in person's role:
 * nothing for a reader who is not signed in; the history for anyone signed
 * in; the forms for editors and admins; merging two that are one for admins. Filled in once the session is known,
 * and again when the person signs in or out.
 */
export function entityActions(typename: Typename, id: string, signal: AbortSignal): HTMLElement {
  const box = h('nav', { class: 'actions curate-actions', 'aria-label': 'Cập nhật sổ', hidden: true });
  onSessionChange((user) => {
    const base = entityUrl(typename, id);
    const links: [string, string][] = [];
    if (mayAct(user, 'editor')) {
      if (EDITABLE.includes(typename)) links.push([`${base}/edit`, 'Sửa thông tin']);
      if (typename !== 'Source') links.push([`${base}/names`, 'Tên và tên gọi khác']);
      if (typename === 'Person') links.push([`${base}/role`, 'Ghi nhận chức danh'], [`${base}/participation`, 'Ghi nhận tham dự']);
      if (typename === 'Event') links.push([`${base}/participation`, 'Ghi nhận người tham dự']);
    }
    if (mayAct(user, 'admin')) links.push([`/merge?survivor=${encodeURIComponent(id)}`, 'Gộp mục trùng']);
    if (user) links.push([`${base}/history`, 'Lịch sử thay đổi']);
    replace(box, links.map(([href, label]) => h('a', { href, class: 'button secondary' }, label)));
    box.hidden = links.length === 0;
  }, signal);
  return box;
}
