import type { Executor } from '../../api/db/executor.js';
import { exportGraph } from '../../transfer/index.js';

/** The whole export file as text, written to memory; `pageSize` sets how many rows each read statement fetches. */
export async function exportText(executor: Executor, pageSize: number): Promise<string> {
  const lines: string[] = [];
  await exportGraph(executor, (line) => void lines.push(line), { pageSize });
  return lines.map((line) => line + '\n').join('');
}
