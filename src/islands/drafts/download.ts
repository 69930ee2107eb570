import type { Drafts } from '../../storage/drafts';
import { exportAll, exportFileName, serializeTransfer } from '../../storage/exportFile';

/**
 * Saves `text` as a file through an object URL: the data never leaves the browser and never
 * appears in an address.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads every draft as the JSON export file; returns the file name. */
export function downloadDrafts(drafts: Drafts, now = new Date()): string {
  const fileName = exportFileName(now);
  downloadText(fileName, serializeTransfer(exportAll(drafts, now)));
  return fileName;
}
