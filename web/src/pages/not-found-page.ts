import type { PageContext } from '../router.js';
import { clip, errorPage } from '../ui/status.js';

export function renderNotFoundPage({ outlet }: PageContext): void {
  let path = location.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as typed.
  }
  errorPage(outlet, 'Không tìm thấy trang', `Trang khám phá không có địa chỉ “${clip(path, 60)}”. Có thể địa chỉ bị gõ sai hoặc trang đã được đổi tên.`);
}
