// The files a unit may drop that cannot be merged as they are, made with the real tools: a
// password-protected PDF (qpdf --encrypt), a truncated download, a PDF with a signature field and
// a signed one, a text file renamed .pdf, a 0-byte file. Each gets its verdict and its message.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, type PDFRef } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EOF_WINDOW, inspectPdf, tailProblem } from '../../src/pdf/inspect';
import { mergeDossier } from '../../src/pdf/merge';
import { blockingProblem, signatureWarning } from '../../src/pdf/problems';
import { sniffType } from '../../src/pdf/sniff';
import { prepareData } from '../../src/pdf/data';
import { manualNominee } from '../../src/pdf/nominees';
import { multiPagePdf, pdfWithSignature, requireTools, tool, tools, toolsMissing } from './tools';

let dir = '';
let good: Uint8Array;
const files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  good = await multiPagePdf('Letter', 3);
  files.fieldOnly = await pdfWithSignature(false);
  files.signed = await pdfWithSignature(true);
  if (toolsMissing) return;
  dir = mkdtempSync(join(tmpdir(), 'tdbc-inspect-'));
  writeFileSync(join(dir, 'good.pdf'), good);
  const qpdf = async (args: string[]) => {
    const result = await tool(tools.qpdf, args);
    if (result.code !== 0) throw new Error(`qpdf ${args.join(' ')}: ${result.stderr}`);
  };
  await qpdf(['--encrypt', 'mat-khau', 'chu-so-huu', '256', '--', join(dir, 'good.pdf'), join(dir, 'password.pdf')]);
  await qpdf(['--encrypt', '', 'chu-so-huu', '256', '--modify=none', '--', join(dir, 'good.pdf'), join(dir, 'locked.pdf')]);
  // object streams, so that the encrypted objects cannot even be parsed without the key
  await qpdf(['--object-streams=generate', '--encrypt', 'mat-khau', 'chu-so-huu', '256', '--', join(dir, 'good.pdf'), join(dir, 'password-objstm.pdf')]);
  for (const name of ['password', 'locked', 'password-objstm']) files[name] = new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('what a file is, from its bytes', () => {
  it('tells PDF, JPEG, PNG, empty and anything else apart, whatever the name says', () => {
    expect(sniffType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffType(new TextEncoder().encode('junk before the header %PDF-1.4\n'))).toBe('pdf');
    expect(sniffType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpeg');
    expect(sniffType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffType(new Uint8Array(0))).toBe('empty');
    // a text file renamed .pdf
    expect(sniffType(new TextEncoder().encode('Tờ trình số 05/TTr-UBND (bản nháp)\n'))).toBe('unknown');
    expect(sniffType(new TextEncoder().encode('PK\u0003\u0004 a DOCX is a ZIP'))).toBe('unknown');
  });

  it('names the file in every message, in Vietnamese', () => {
    expect(blockingProblem('empty', 'to-trinh.pdf').message).toBe('Tệp “to-trinh.pdf” rỗng (0 byte) nên không ghép được: hãy chọn lại đúng tệp.');
    expect(blockingProblem('unknown-type', 'ghi-chu.pdf').message).toContain('Tệp “ghi-chu.pdf” không phải PDF hay ảnh JPEG, PNG');
    expect(blockingProblem('encrypted', 'bien-ban.pdf').message).toContain('“bien-ban.pdf” được đặt mật khẩu');
    expect(blockingProblem('corrupt', 'bao-cao.pdf').message).toContain('“bao-cao.pdf” bị hỏng hoặc không trọn vẹn');
    expect(signatureWarning('signed', 'to-trinh-ky-so.pdf').message).toContain('ký số một lần trên tệp PDF đã ghép');
    expect(signatureWarning('signed', 'to-trinh-ky-so.pdf').severity).toBe('warning');
  });
});

describe('PDFs that cannot be merged as they are', () => {
  it('accepts a sound PDF and counts its pages', async () => {
    expect(await inspectPdf(good)).toEqual({ ok: true, pageCount: 3, signature: null });
  });

  it('refuses a password-protected PDF (qpdf --encrypt), with or without object streams', async (ctx) => {
    requireTools(ctx);
    for (const name of ['password', 'password-objstm']) {
      expect(await inspectPdf(files[name]!), name).toMatchObject({ ok: false, reason: 'encrypted' });
    }
  });

  it('refuses a PDF locked against changes even when it opens without a password', async (ctx) => {
    requireTools(ctx);
    expect((await tool(tools.pdfinfo, [join(dir, 'locked.pdf')])).stdout).toMatch(/^Encrypted:\s+yes/m);
    expect(await inspectPdf(files.locked!)).toMatchObject({ ok: false, reason: 'encrypted' });
  });

  it('refuses a truncated download that pdf-lib itself would open', async () => {
    for (const fraction of [0.5, 0.8, 0.97]) {
      const truncated = good.subarray(0, Math.floor(good.length * fraction));
      // the library's default load is lenient: this is what the strict checks are for
      await expect(PDFDocument.load(truncated), `${fraction}`).resolves.toBeDefined();
      expect(await inspectPdf(truncated), `${fraction}`).toMatchObject({ ok: false, reason: 'corrupt' });
    }
    // the last bytes only: no %%EOF
    expect(tailProblem(good.subarray(0, good.length - 7))).toMatch(/%%EOF/);
    expect(await inspectPdf(good.subarray(0, good.length - 7))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses a file whose page content is missing, although it parses', async () => {
    // a page's content stream renumbered away: the file still parses, but a page cannot be drawn
    const document = await PDFDocument.load(good);
    const contents = document.getPage(1).node.lookup(PDFName.of('Contents'), PDFArray);
    document.context.delete(contents.get(0) as PDFRef);
    const holed = await document.save({ useObjectStreams: false });
    expect(await inspectPdf(holed)).toMatchObject({ ok: false, reason: 'corrupt', detail: expect.stringContaining('missing') });
  });

  it('refuses a text file renamed .pdf and an empty file before even parsing', async () => {
    expect(await inspectPdf(new TextEncoder().encode('not a pdf at all'))).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await inspectPdf(new Uint8Array(0))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('finds a digital signature (a signed /Sig value with /ByteRange) and an empty signature field', async () => {
    expect(await inspectPdf(files.signed!)).toEqual({ ok: true, pageCount: 1, signature: 'signed' });
    expect(await inspectPdf(files.fieldOnly!)).toEqual({ ok: true, pageCount: 1, signature: 'field' });
  });

  it('still merges a signed PDF (the warning is the unit’s to weigh) into a file qpdf accepts', async (ctx) => {
    requireTools(ctx);
    const { data } = prepareData(
      {
        plan: '0125/KH-UBND',
        unit: { name: 'Sở Nội vụ', symbol: 'SNV', categoryId: null, categoryLabel: null, categoryUnit: null, groupCount: null },
        nominees: [manualNominee('individual', 'Lê Thị Mai', 'n-1')],
        meeting: { minutesNumber: null, date: null, membersTotal: null, membersPresent: null },
        letter: { number: null, date: null },
        fromDrafts: false,
      },
      'Sở Nội vụ',
      new Date('2026-03-25T01:00:00Z'),
    );
    const result = await mergeDossier({
      documents: [
        { kind: 'submission-letter', title: 'Tờ trình', nomineeId: null, sources: [{ type: 'pdf', bytes: files.signed! }] },
        { kind: 'achievement-report', title: 'Báo cáo thành tích của Lê Thị Mai', nomineeId: 'n-1', sources: [{ type: 'pdf', bytes: good }] },
      ],
      data,
      metadata: { title: 'Hồ sơ', author: 'Sở Nội vụ', subject: 'Hồ sơ', keywords: [], creator: 'test' },
    });
    writeFileSync(join(dir, 'signed-merged.pdf'), result.bytes);
    expect((await tool(tools.qpdf, ['--check', join(dir, 'signed-merged.pdf')])).code).toBe(0);
    expect(result.pageCount).toBe(4);
  });

  it('refuses to merge a password-protected PDF even if the check were skipped', async (ctx) => {
    requireTools(ctx);
    const { data } = prepareData(
      {
        plan: '0125/KH-UBND',
        unit: { name: 'Sở Nội vụ', symbol: '', categoryId: null, categoryLabel: null, categoryUnit: null, groupCount: null },
        nominees: [],
        meeting: { minutesNumber: null, date: null, membersTotal: null, membersPresent: null },
        letter: { number: null, date: null },
        fromDrafts: false,
      },
      'Sở Nội vụ',
      new Date(),
    );
    await expect(
      mergeDossier({
        documents: [{ kind: 'submission-letter', title: 'Tờ trình', nomineeId: null, sources: [{ type: 'pdf', bytes: files.password! }] }],
        data,
        metadata: { title: 'Hồ sơ', author: 'x', subject: 'x', keywords: [], creator: 'x' },
      }),
    ).rejects.toThrow();
  });
});

/** A 3-page PDF with a classic cross-reference table and trailer, as scanners write them. */
const scannerPdf = async () => (await PDFDocument.load(await multiPagePdf('SCAN', 3))).save({ useObjectStreams: false });
/** Bytes as one character each (TextDecoder's latin1 is windows-1252: it would change bytes 0x80–0x9f). */
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** `length` bytes that look like nothing (a fixed seed, so that the test is the same every run). */
function junk(length: number): Uint8Array {
  let seed = 20260325;
  return Uint8Array.from({ length }, () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
}
const offsetBy = (pdf: Uint8Array, delta: number) => bytesOf(latin1(pdf).replace(/startxref\s+(\d+)(\s+%%EOF\s*)$/, (_, offset: string, end: string) => `startxref\n${Number(offset) + delta}${end}`));

/** qpdf's verdict on a file: 0 sound, 3 sound after warnings (it repaired what it read), 2 errors. */
async function qpdfCheck(name: string, bytes: Uint8Array): Promise<number> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return (await tool(tools.qpdf, ['--check', path])).code;
}

/** The file merged alone as a report, checked by qpdf. */
async function mergedAlone(name: string, bytes: Uint8Array) {
  const { data } = prepareData(
    {
      plan: '0125/KH-UBND',
      unit: { name: 'Ủy ban nhân dân xã Ea Kar', symbol: 'UBND', categoryId: null, categoryLabel: null, categoryUnit: null, groupCount: null },
      nominees: [manualNominee('individual', 'Lê Thị Mai', 'n-1')],
      meeting: { minutesNumber: null, date: null, membersTotal: null, membersPresent: null },
      letter: { number: null, date: null },
      fromDrafts: false,
    },
    'Ủy ban nhân dân xã Ea Kar',
    new Date('2026-03-25T01:00:00Z'),
  );
  const result = await mergeDossier({
    documents: [{ kind: 'achievement-report', title: 'Báo cáo thành tích của Lê Thị Mai', nomineeId: 'n-1', sources: [{ type: 'pdf', bytes }] }],
    data,
    metadata: { title: 'Hồ sơ', author: 'Ủy ban nhân dân xã Ea Kar', subject: 'Hồ sơ', keywords: [], creator: 'test' },
  });
  return { pageCount: result.pageCount, qpdf: await qpdfCheck(`merged-${name}`, result.bytes) };
}

describe('scanners’ PDFs that every reader opens, although their end is not by the book', () => {
  it('accepts and merges a PDF followed by 2 KB of bytes after %%EOF', async (ctx) => {
    requireTools(ctx);
    const padded = new Uint8Array([...(await scannerPdf()), ...junk(2048)]);
    expect(await qpdfCheck('padded.pdf', padded), 'qpdf reads it with warnings').toBe(3);
    expect(tailProblem(padded)).toBeNull();
    expect(await inspectPdf(padded)).toEqual({ ok: true, pageCount: 3, signature: null });
    expect(await mergedAlone('padded.pdf', padded)).toEqual({ pageCount: 3, qpdf: 0 });
  });

  it('accepts and merges a PDF whose startxref is 3 bytes off, with a table or a cross-reference stream', async (ctx) => {
    requireTools(ctx);
    const table = offsetBy(await scannerPdf(), 3);
    expect(await qpdfCheck('offset.pdf', table), 'qpdf reads it with warnings').toBe(3);
    // pdf-lib writes a cross-reference stream (the default); it rebuilds it just the same
    const stream = offsetBy(good, 3);
    expect(latin1(stream).slice(-20)).not.toBe(latin1(good).slice(-20));
    for (const [name, bytes] of [['offset.pdf', table], ['offset-stream.pdf', stream]] as const) {
      expect(await inspectPdf(bytes), name).toEqual({ ok: true, pageCount: 3, signature: null });
      expect(await mergedAlone(name, bytes), name).toEqual({ pageCount: 3, qpdf: 0 });
    }
  });

  it('still refuses a truncated PDF with its message, whatever follows the cut', async () => {
    const scan = await scannerPdf();
    const cut = scan.subarray(0, Math.floor(scan.length * 0.5));
    // cut inside the last object, before its "endobj"
    const halfObject = scan.subarray(0, latin1(scan).lastIndexOf('endobj') - 10);
    for (const [name, bytes] of [
      ['cut', cut],
      // bytes after the cut do not make it whole
      ['cut-junk', new Uint8Array([...cut, ...junk(2048)])],
      // nor does an end added to it: the object cut in half does not parse
      ['cut-eof', new Uint8Array([...halfObject, ...bytesOf('\nstartxref\n9\n%%EOF\n')])],
    ] as const) {
      expect(await inspectPdf(bytes), name).toMatchObject({ ok: false, reason: 'corrupt' });
    }
    expect(blockingProblem('corrupt', 'bao-cao-quet.pdf').message).toBe(
      'Tệp “bao-cao-quet.pdf” bị hỏng hoặc không trọn vẹn (có thể chưa tải về hết) nên không ghép được: hãy mở thử, xuất hoặc quét lại rồi chọn lại.',
    );
  });

  it('looks for %%EOF in the last 64 KB only', () => {
    const scan = good;
    expect(tailProblem(new Uint8Array([...scan, ...junk(EOF_WINDOW - 5)]))).toBeNull();
    expect(tailProblem(new Uint8Array([...scan, ...junk(EOF_WINDOW)]))).toMatch(/%%EOF/);
  });
});
