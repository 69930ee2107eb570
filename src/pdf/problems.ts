// What can be wrong with a file put into the assembly, and how the page says it: one Vietnamese
// sentence naming the file and saying what to do. Blocking problems keep the dossier from being
// merged; warnings are shown and the file is merged. Pure.

export type FileProblemCode =
  | 'empty'
  | 'too-large'
  | 'unknown-type'
  | 'encrypted'
  | 'corrupt'
  | 'image-unreadable'
  | 'signed'
  | 'signature-field'
  | 'low-resolution';

export interface FileProblem {
  code: FileProblemCode;
  severity: 'blocking' | 'warning';
  message: string;
}

/** Larger files are refused before being read: the whole dossier is held in the browser's memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A file's name as the messages quote it. */
export const quotedFile = (name: string): string => `“${name.normalize('NFC').trim() || 'không tên'}”`;

const BLOCKING: Record<Exclude<FileProblemCode, 'signed' | 'signature-field' | 'low-resolution'>, (file: string) => string> = {
  empty: (file) => `Tệp ${file} rỗng (0 byte) nên không ghép được: hãy chọn lại đúng tệp.`,
  'too-large': (file) => `Tệp ${file} lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB nên không ghép được: hãy quét lại với độ phân giải 200 dpi hoặc chia thành nhiều tệp.`,
  'unknown-type': (file) => `Tệp ${file} không phải PDF hay ảnh JPEG, PNG nên không ghép được: hãy chọn bản quét PDF hoặc ảnh chụp JPEG, PNG.`,
  encrypted: (file) =>
    `Tệp ${file} được đặt mật khẩu hoặc khóa bảo vệ nên không ghép được: hãy xin một bản không đặt mật khẩu (hoặc mở tệp, bỏ mật khẩu rồi lưu lại) và chọn lại.`,
  corrupt: (file) => `Tệp ${file} bị hỏng hoặc không trọn vẹn (có thể chưa tải về hết) nên không ghép được: hãy mở thử, xuất hoặc quét lại rồi chọn lại.`,
  'image-unreadable': (file) => `Ảnh ${file} bị hỏng hoặc trình duyệt không đọc được nên không ghép được: hãy chụp hoặc quét lại, lưu dạng JPEG hoặc PNG.`,
};

/** A problem that keeps the file out of the merge. */
export const blockingProblem = (code: keyof typeof BLOCKING, fileName: string): FileProblem => ({
  code,
  severity: 'blocking',
  message: BLOCKING[code](quotedFile(fileName)),
});

/** The file carries a digital signature that merging invalidates. */
export const signatureWarning = (found: 'signed' | 'field', fileName: string): FileProblem =>
  found === 'signed'
    ? {
        code: 'signed',
        severity: 'warning',
        message: `Tệp ${quotedFile(fileName)} có chữ ký số: khi ghép, chữ ký số này không còn hiệu lực. Nên ghép bản chưa ký số, rồi ký số một lần trên tệp PDF đã ghép.`,
      }
    : {
        code: 'signature-field',
        severity: 'warning',
        message: `Tệp ${quotedFile(fileName)} có ô chữ ký số: ô này không dùng được sau khi ghép. Hãy ký số một lần trên tệp PDF đã ghép.`,
      };

/** An image too coarse for a digitised copy (under the resolution aimed at, at the size it is printed). */
export const lowResolutionWarning = (fileName: string, dpi: number, target: number): FileProblem => ({
  code: 'low-resolution',
  severity: 'warning',
  message: `Ảnh ${quotedFile(fileName)} chỉ đạt khoảng ${Math.round(dpi)} dpi trên trang A4, thấp hơn ${target} dpi của bản số hóa: nên quét hoặc chụp lại rõ hơn.`,
});
