import { isAbort } from '../../api/client.js';
import type { Citations } from '../../ui/citations.js';
import { h, replace } from '../../ui/dom.js';
import { failure, loading } from '../../ui/status.js';
import { section } from './sections.js';

/**
 * Adds the numbered list of sources once their details have arrived. An
 * address that names a note (`#nguon-2`, a shared link or a reload) is
 * followed once the note exists.
 */
export async function appendSources(parent: HTMLElement, notes: Citations, signal: AbortSignal): Promise<void> {
  const slot = section('Nguồn', loading('Đang tải nguồn…'))!;
  slot.id = 'nguon';
  parent.append(slot);
  try {
    replace(slot, h('h2', null, 'Nguồn'), await notes.list(signal));
    if (/^#(nguon|trich)-/.test(location.hash)) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  } catch (error) {
    if (!isAbort(error)) replace(slot, h('h2', null, 'Nguồn'), failure(error));
  }
}
