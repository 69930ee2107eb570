// Files made in the browser are handed to the user through an object URL on this origin: the data
// never leaves the browser and never appears in an address. Only the drafts page imports this
// statically; the other islands fetch it on the click that needs it (a generated document, or the
// export offered when saving fails), so that it weighs on no island's first load.
import type { Drafts } from '../../storage/drafts';
import { exportAll, exportFileName, serializeTransfer } from '../../storage/exportFile';

/** Saves `data` as a file: a temporary link to an object URL, revoked once the download has started. */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves JSON text as a file. */
export const downloadText = (fileName: string, text: string) => saveFile(fileName, text, 'application/json;charset=utf-8');

/** Downloads every draft as the JSON export file; returns the file name. */
export function downloadDrafts(drafts: Drafts, now = new Date()): string {
  const fileName = exportFileName(now);
  downloadText(fileName, serializeTransfer(exportAll(drafts, now)));
  return fileName;
}
