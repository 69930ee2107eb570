/// <reference lib="webworker" />
// The dossier's data (ho-so.json) made from the drafts for "Tải dữ liệu hồ sơ (JSON)"
// (src/dossier/dataFile.ts), in a worker of its own started on the click: the builder's page
// carries none of it, and the chunks it shares with the other tools stay as they are.
import { dossierDataFile, type DataFileResult } from '../../dossier/dataFile';
import type { DraftRules } from '../../dossier/dossierData';
import type { Drafts } from '../../storage/drafts';

declare const self: DedicatedWorkerGlobalScope;

export interface DataFileRequest {
  drafts: Drafts;
  rules: DraftRules;
  fileStem: string;
}

self.onmessage = (event: MessageEvent<DataFileRequest>) => {
  const { drafts, rules, fileStem } = event.data;
  let result: DataFileResult;
  try {
    result = dossierDataFile(drafts, rules, fileStem);
  } catch {
    result = { ok: false, message: 'Không tạo được tệp dữ liệu. Hãy thử lại; nếu vẫn lỗi, tải lại trang (nội dung đã nhập vẫn được lưu trên máy này).' };
  }
  self.postMessage(result);
};
