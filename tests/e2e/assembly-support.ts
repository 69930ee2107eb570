// Files and drafts for the browser test of the PDF assembly: PDFs made with pdf-lib, bad files
// made with qpdf and by cutting, a phone photo (JPEG with EXIF orientation 6) and a grey PNG scan
// rendered with pdftoppm. Made once per run in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DRAFTS_VERSION } from '../../src/storage/drafts';
import { withExifOrientation } from '../support/images';
import { multiPagePdf, pdfWithSignature, sidewaysPdf } from '../support/pdfFixtures';

export const run = promisify(execFile);

export const UNIT = 'Ủy ban nhân dân xã Ea Kar';
export const COLLECTIVE = 'Ủy ban nhân dân xã Ea Kar';
export const PERSON = 'Nguyễn Thị Hoa';

/** A file for setInputFiles. */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const pdf = (name: string, bytes: Uint8Array): TestFile => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });

export interface AssemblyFiles {
  letter: TestFile;
  minutes: TestFile;
  report: TestFile;
  related: TestFile;
  photo: TestFile;
  scan: TestFile;
  /** an A4 page scanned black and white at 300 dpi (2480 × 3508): downscaled to about 200 dpi */
  bigScan: TestFile;
  signed: TestFile;
  password: TestFile;
  truncated: TestFile;
  text: TestFile;
  empty: TestFile;
}

/** Every file of the journey (pdftoppm and qpdf must be installed). */
export async function assemblyFiles(): Promise<AssemblyFiles> {
  const dir = mkdtempSync(join(tmpdir(), 'tdbc-assembly-'));
  const letter = await multiPagePdf('LETTER', 2);
  writeFileSync(join(dir, 'letter.pdf'), letter);
  await run('qpdf', ['--encrypt', 'mat-khau', 'chu-so-huu', '256', '--', join(dir, 'letter.pdf'), join(dir, 'password.pdf')]);
  // a phone photo: the page stored sideways, EXIF orientation 6 to turn it upright
  writeFileSync(join(dir, 'sideways.pdf'), await sidewaysPdf('REPORT PHOTO'));
  await run('pdftoppm', ['-jpeg', '-r', '60', '-singlefile', join(dir, 'sideways.pdf'), join(dir, 'photo')]);
  // a grey scan of the list, set landscape
  writeFileSync(join(dir, 'list.pdf'), await sidewaysPdf('LIST SCAN'));
  await run('pdftoppm', ['-png', '-gray', '-r', '50', '-singlefile', join(dir, 'list.pdf'), join(dir, 'scan')]);
  await run('pdftoppm', ['-png', '-mono', '-r', '300', '-singlefile', join(dir, 'letter.pdf'), join(dir, 'big-scan')]);
  const minutes = await multiPagePdf('MINUTES', 1);
  return {
    letter: pdf('to-trinh.pdf', letter),
    minutes: pdf('bien-ban.pdf', minutes),
    report: pdf('bao-cao-tap-the.pdf', await multiPagePdf('REPORT COLLECTIVE', 3)),
    related: pdf('van-ban-lien-quan.pdf', await multiPagePdf('RELATED', 1)),
    photo: { name: 'anh-chup-bao-cao.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(withExifOrientation(new Uint8Array(readFileSync(join(dir, 'photo.jpg'))), 6)) },
    scan: { name: 'danh-sach-quet.png', mimeType: 'image/png', buffer: readFileSync(join(dir, 'scan.png')) },
    bigScan: { name: 'bao-cao-quet-300dpi.png', mimeType: 'image/png', buffer: readFileSync(join(dir, 'big-scan.png')) },
    signed: pdf('bien-ban-ky-so.pdf', await pdfWithSignature(true)),
    password: pdf('to-trinh-co-mat-khau.pdf', readFileSync(join(dir, 'password.pdf'))),
    truncated: pdf('bien-ban-tai-chua-xong.pdf', minutes.subarray(0, Math.floor(minutes.length * 0.8))),
    text: { name: 'ghi-chu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Ghi chú: đây là tệp văn bản, không phải PDF.\n', 'utf8') },
    empty: pdf('rong.pdf', new Uint8Array(0)),
  };
}

/** A commune's drafts: its profile and meeting, the commune itself and one person, their votes, the commune's self-check. */
export function assemblyDrafts() {
  return {
    version: DRAFTS_VERSION,
    revision: 1,
    selfChecks: {
      'uv-xa': {
        award: 'bang-khen-chu-tich-ubnd-tinh',
        nomineeKind: 'xa-phuong',
        inScope: 'yes',
        answers: Object.fromEntries(
          ['doan-ket', 'dot-thi-dua', 'bau-du-dai-bieu', 'ket-qua-bau-cu', 'ket-thuc-dung-gio', 'an-ninh-trat-tu', 'tuyen-truyen']
            .map((id) => [`xa-phuong-${id}`, 'yes'])
            .concat(['dang-xem-xet-ky-luat', 'dang-dieu-tra-thanh-tra', 'don-thu-dang-xac-minh', 'bao-chi-neu-dang-xac-minh', 'thanh-tich-da-duoc-khen'].map((id) => [id, 'no'])),
        ),
        turnout: { registered: '12500', voted: '12400' },
      },
    },
    quotaPlan: {
      categoryId: 'xa-phuong',
      groupCount: '',
      // the person first: the assembly still puts the collective first
      nominees: [
        { id: 'uv-hoa', type: 'individual', name: PERSON, position: 'Công chức Văn phòng - Thống kê', unit: UNIT, birthYear: '1988', gender: 'nu', holdsLeadershipPost: false, womenSharePercent: '' },
        { id: 'uv-xa', type: 'collective', name: COLLECTIVE, position: '', unit: '', birthYear: '', gender: '', womenSharePercent: '52', nomineeKind: 'xa-phuong' },
      ],
    },
    dossier: {
      profile: { unitName: UNIT, unitSymbol: 'UBND', place: 'Ea Kar', signerTitle: 'CHỦ TỊCH', signerName: 'Trần Văn Bình' },
      reports: { 'uv-xa': { votesInFavour: '9' }, 'uv-hoa': { votesInFavour: '8' } },
      meeting: { minutesNumber: '2', date: '20/3/2026', membersTotal: '9', membersPresent: '9', letterNumber: '15', letterDate: '23/3/2026' },
    },
    changedAt: {},
  };
}
