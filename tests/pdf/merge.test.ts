// The merge, checked with the tools a reviewer's machine has: the LibreOffice PDFs of a generated
// dossier, a multi-page PDF, a landscape JPEG and a grey PNG scan merged into one file, then read
// back with qpdf, poppler (pdfinfo, pdftotext, pdfdetach) and mupdf (mutool).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareData, type AssemblySource } from '../../src/pdf/data';
import { jpegInfo, pngInfo } from '../../src/pdf/imageInfo';
import { readEmbeddedDossierData } from '../../src/pdf/embedded';
import { inspectPdf } from '../../src/pdf/inspect';
import { mergeDossier, type MergeDocument, type MergeResult } from '../../src/pdf/merge';
import { DOCUMENT_TITLES, reportTitle } from '../../src/pdf/slots';
import { DOSSIER_DATA_FILE_NAME, readDossierData } from '../../src/schemas/dossierData';
import { commune, individual } from '../fixtures/dossier';
import { libreOfficePdfs, multiPagePdf, renderPage, requireTools, tool, tools, toolsMissing, type DocumentName } from './tools';

let dir = '';
let pdfs: Record<DocumentName, Uint8Array>;
let merged: MergeResult;
const progress: [number, number][] = [];
const out = () => join(dir, 'merged.pdf');

/** The unit of the fixture dossier, as the assembly reads it from the drafts. */
const source: AssemblySource = {
  plan: '0125/KH-UBND',
  unit: { name: 'Ủy ban nhân dân xã Hòa Phú', symbol: 'UBND', categoryId: 'xa-phuong', categoryLabel: 'Xã, phường', categoryUnit: null, groupCount: null },
  nominees: [
    {
      id: commune.id,
      kind: 'collective',
      nomineeKind: 'xa-phuong',
      name: commune.name,
      position: null,
      unit: null,
      birthYear: null,
      gender: null,
      holdsLeadershipPost: null,
      womenSharePercent: 45,
      selfCheck: { outcome: 'eligible', reasons: [] },
      votesInFavour: 7,
      membersPresent: 7,
    },
    {
      id: individual.id,
      kind: 'individual',
      nomineeKind: 'ca-nhan',
      name: individual.name,
      position: individual.position,
      unit: individual.unit,
      birthYear: 1985,
      gender: 'nam',
      holdsLeadershipPost: false,
      womenSharePercent: null,
      selfCheck: null,
      votesInFavour: 6,
      membersPresent: 7,
    },
  ],
  meeting: { minutesNumber: '2', date: '2026-03-10', membersTotal: 9, membersPresent: 7 },
  letter: { number: '5', date: '2026-03-12' },
  fromDrafts: true,
};

/** What each document's first page must say (pdftotext), in the order of the dossier. */
const FIRST_PAGE_TEXT = [['TỜ TRÌNH'], ['DANH SÁCH'], ['BIÊN BẢN'], ['BÁO CÁO THÀNH TÍCH', commune.name], ['BÁO CÁO THÀNH TÍCH', individual.name], ['Related page 1']];

beforeAll(async () => {
  if (toolsMissing) return;
  dir = mkdtempSync(join(tmpdir(), 'tdbc-pdf-'));
  pdfs = await libreOfficePdfs(dir);
  for (const [name, bytes] of Object.entries(pdfs)) writeFileSync(join(dir, `${name}.pdf`), bytes);
  const related = await multiPagePdf('Related', 3);
  // a landscape scan (the list is set landscape) as JPEG, and a grey PNG scan of the letter
  const jpeg = await renderPage(join(dir, 'list.pdf'), join(dir, 'scan-list'), 'jpeg', 100);
  const png = await renderPage(join(dir, 'letter.pdf'), join(dir, 'scan-letter'), 'png', 60, true);
  const jpegSize = jpegInfo(jpeg)!;
  const pngSize = pngInfo(png)!;
  const pdf = (bytes: Uint8Array) => ({ type: 'pdf' as const, bytes });
  const documents: MergeDocument[] = [
    { kind: 'submission-letter', title: DOCUMENT_TITLES['submission-letter'], nomineeId: null, sources: [pdf(pdfs.letter)] },
    { kind: 'nominee-list', title: DOCUMENT_TITLES['nominee-list'], nomineeId: null, sources: [pdf(pdfs.list)] },
    { kind: 'meeting-minutes', title: DOCUMENT_TITLES['meeting-minutes'], nomineeId: null, sources: [pdf(pdfs.minutes)] },
    { kind: 'achievement-report', title: reportTitle(commune.name), nomineeId: commune.id, sources: [pdf(pdfs['report-commune'])] },
    // read when its turn comes, as the worker reads a File
    { kind: 'achievement-report', title: reportTitle(individual.name), nomineeId: individual.id, sources: [async () => pdf(pdfs['report-individual'])] },
    {
      kind: 'related',
      title: DOCUMENT_TITLES.related,
      nomineeId: null,
      sources: [
        pdf(related),
        { type: 'image', format: 'jpeg', bytes: jpeg, width: jpegSize.width, height: jpegSize.height },
        { type: 'image', format: 'png', bytes: png, width: pngSize.width, height: pngSize.height },
      ],
    },
  ];
  const { data } = prepareData(source, source.unit.name, new Date('2026-03-20T08:30:00.000Z'));
  merged = await mergeDossier(
    {
      documents,
      data,
      metadata: {
        title: `Hồ sơ đề nghị khen thưởng của ${source.unit.name}`,
        author: source.unit.name,
        subject: 'Hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (Kế hoạch số 0125/KH-UBND)',
        keywords: ['Kế hoạch 0125/KH-UBND', 'hồ sơ khen thưởng'],
        creator: 'Thi đua Bầu cử 2026 · Đắk Lắk',
      },
    },
    (done, total) => progress.push([done, total]),
  );
  writeFileSync(out(), merged.bytes);
}, 150_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Pages of one of the inputs, as pdfinfo counts them. */
async function pagesOf(path: string): Promise<number> {
  return Number(/^Pages:\s+(\d+)/m.exec((await tool(tools.pdfinfo, [path])).stdout)?.[1]);
}

describe('the merged dossier, read by the Debian tools', () => {
  it('passes qpdf --check', async (ctx) => {
    requireTools(ctx);
    const check = await tool(tools.qpdf, ['--check', out()]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('has every page of every file (pdfinfo), PDF 1.4 or later, its title and language', async (ctx) => {
    requireTools(ctx);
    let expected = 3 + 2; // the related PDF's 3 pages, one page per image
    for (const name of Object.keys(pdfs)) expected += await pagesOf(join(dir, `${name}.pdf`));
    const info = (await tool(tools.pdfinfo, [out()])).stdout;
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(expected);
    expect(merged.pageCount).toBe(expected);
    const version = Number(/^PDF version:\s+([\d.]+)/m.exec(info)?.[1]);
    expect(version).toBeGreaterThanOrEqual(1.4);
    expect(info).toMatch(/^Title:\s+Hồ sơ đề nghị khen thưởng của Ủy ban nhân dân xã Hòa Phú$/m);
    expect(info).toMatch(/^Author:\s+Ủy ban nhân dân xã Hòa Phú$/m);
    expect(info).toMatch(/^Subject:\s+Hồ sơ đề nghị tặng Bằng khen/m);
    expect(info).toMatch(/^Creator:\s+Thi đua Bầu cử 2026/m);
    const catalog = (await tool(tools.qpdf, ['--show-object=trailer', '--filtered-stream-data', out()])).stdout;
    expect(catalog).toContain('/Root');
    const json = JSON.parse((await tool(tools.qpdf, ['--json', '--json-key=qpdf', out()])).stdout);
    const objects = json.qpdf[1] as Record<string, { value?: Record<string, unknown> }>;
    const root = Object.values(objects).find((object) => object.value?.['/Type'] === '/Catalog')!.value!;
    expect(root['/Lang']).toBe('u:vi');
    expect(root['/PageMode']).toBe('/UseOutlines');
  });

  it('sets the LibreOffice pages as they were (A4) and each image on an A4 page turned its way', async (ctx) => {
    requireTools(ctx);
    const info = (await tool(tools.pdfinfo, ['-f', '1', '-l', String(merged.pageCount), out()])).stdout;
    const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[2]), Number(m[3])]);
    expect(sizes).toHaveLength(merged.pageCount);
    const a4 = (size: number[]) => [Math.min(...size), Math.max(...size)].map((n) => Math.round(n));
    for (const size of sizes) expect(a4(size)).toEqual([595, 842]);
    const [jpegPage, pngPage] = sizes.slice(-2);
    expect(jpegPage![0]).toBeGreaterThan(jpegPage![1]!); // the landscape list scan: landscape A4
    expect(pngPage![0]).toBeLessThan(pngPage![1]!); // the portrait letter scan: portrait A4
  });

  it('keeps the documents in the order of the dossier (pdftotext on each first page)', async (ctx) => {
    requireTools(ctx);
    expect(merged.data.documents.map((d) => d.kind)).toEqual([
      'submission-letter',
      'nominee-list',
      'meeting-minutes',
      'achievement-report',
      'achievement-report',
      'related',
    ]);
    for (const [index, document] of merged.data.documents.entries()) {
      const page = String(document.firstPage);
      const text = (await tool(tools.pdftotext, ['-f', page, '-l', page, '-enc', 'UTF-8', out(), '-'])).stdout.replace(/\s+/g, ' ');
      for (const expected of FIRST_PAGE_TEXT[index]!) expect(text, document.title).toContain(expected);
    }
    // the whole text: each document's first words after the previous document's
    const all = (await tool(tools.pdftotext, ['-enc', 'UTF-8', out(), '-'])).stdout.replace(/\s+/g, ' ');
    let from = 0;
    for (const text of FIRST_PAGE_TEXT.map((texts) => texts[0]!)) {
      const at = all.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    }
  });

  it('has one bookmark per document with its Vietnamese title (mutool and qpdf)', async (ctx) => {
    requireTools(ctx);
    const titles = merged.data.documents.map((d) => d.title);
    expect(titles).toEqual([
      'Tờ trình đề nghị khen thưởng',
      'Danh sách đề nghị khen thưởng',
      'Biên bản họp xét khen thưởng',
      `Báo cáo thành tích của ${commune.name}`,
      `Báo cáo thành tích của ${individual.name}`,
      'Các văn bản liên quan',
    ]);
    const mutool = (await tool(tools.mutool, ['show', out(), 'outline'])).stdout;
    const lines = mutool.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(titles.length);
    lines.forEach((line, index) => {
      expect(line).toContain(`"${titles[index]}"`);
      expect(line).toMatch(new RegExp(`#page=${merged.data.documents[index]!.firstPage}\\b`));
    });
    const json = JSON.parse((await tool(tools.qpdf, ['--json', '--json-key=outlines', out()])).stdout);
    const outlines = json.outlines as { title: string; destpageposfrom1: number }[];
    expect(outlines.map((o) => o.title)).toEqual(titles);
    expect(outlines.map((o) => o.destpageposfrom1)).toEqual(merged.data.documents.map((d) => d.firstPage));
  });

  it('carries ho-so.json as an attachment (pdfdetach), valid against the schema, with page ranges', async (ctx) => {
    requireTools(ctx);
    const list = (await tool(tools.pdfdetach, ['-list', out()])).stdout;
    expect(list).toMatch(/^1 embedded files?\n1: ho-so\.json$/m);
    const saved = join(dir, 'saved-ho-so.json');
    expect((await tool(tools.pdfdetach, ['-save', '1', '-o', saved, out()])).code).toBe(0);
    const result = readDossierData(readFileSync(saved, 'utf8'));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual(merged.data);
    expect(result.data.unit.name).toBe('Ủy ban nhân dân xã Hòa Phú');
    expect(result.data.nominees.map((n) => [n.id, n.kind, n.name, n.votesInFavour])).toEqual([
      [commune.id, 'collective', commune.name, 7],
      [individual.id, 'individual', individual.name, 6],
    ]);
    expect(result.data.documents.filter((d) => d.kind === 'achievement-report').map((d) => d.nomineeId)).toEqual([commune.id, individual.id]);
    expect(result.data.documents.at(-1)!.lastPage).toBe(merged.pageCount);
    // the attachment's relationship and media type (PDF/A-3 style), as qpdf reads them
    const json = JSON.parse((await tool(tools.qpdf, ['--json', '--json-key=attachments', out()])).stdout);
    const attachment = json.attachments[DOSSIER_DATA_FILE_NAME];
    expect(attachment.preferredname).toBe(DOSSIER_DATA_FILE_NAME);
    const objects = JSON.parse((await tool(tools.qpdf, ['--json', '--json-key=qpdf', out()])).stdout).qpdf[1] as Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }>;
    const spec = Object.values(objects).find((o) => o.value?.['/Type'] === '/Filespec')!.value!;
    expect(spec['/AFRelationship']).toBe('/Data');
    const file = Object.values(objects).find((o) => o.stream?.dict['/Type'] === '/EmbeddedFile')!.stream!.dict;
    expect(file['/Subtype']).toBe('/application/json');
  });

  it('reads ho-so.json back from the PDF itself (for the reviewer’s tools), and says why when a PDF has none', async (ctx) => {
    requireTools(ctx);
    expect(await readEmbeddedDossierData(merged.bytes)).toEqual({ ok: true, data: merged.data });
    expect(await readEmbeddedDossierData(pdfs.letter)).toMatchObject({ ok: false, kind: 'no-data' });
    expect(await readEmbeddedDossierData(new TextEncoder().encode('not a pdf'))).toMatchObject({ ok: false, kind: 'not-pdf' });
  });

  it('reported its progress file by file, then the writing', (ctx) => {
    requireTools(ctx);
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress.every(([, total]) => total === 9)).toBe(true);
  });

  it('says each LibreOffice PDF can be merged, with the page count pdfinfo gives', async (ctx) => {
    requireTools(ctx);
    for (const [name, bytes] of Object.entries(pdfs)) {
      const inspection = await inspectPdf(bytes);
      expect(inspection, name).toEqual({ ok: true, pageCount: await pagesOf(join(dir, `${name}.pdf`)), signature: null });
    }
  });
});
