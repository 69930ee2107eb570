// Signature blocks (the form's caption, the signer's authority line and title in capitals, bold;
// the note in italics; space for the signature and the seal; the name in bold) and the "Nơi
// nhận" list that sits beside the letter's signature. Every block carries a name: the roles of
// the forms are resolved to real signers (`Signers`), never left as a bare title.
import { cleanLine, punctuateList, textLines, upper } from '../text';
import { fillTemplate } from '../../text/vietnamese';
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { CommonForm, SignatureBlock, SignerRole } from '../../schemas/form';
import { RECIPIENTS_COLUMNS, SIGNATURE_COLUMNS, SIGNATURE_SPACE, SIZE, SPACING, TEXT_WIDTH } from '../layout';
import { fitLines } from '../headerFit';
import type { UnitNames } from '../unitNames';
import type { ProposingUnit, Signer } from '../types';
import { fixedTable, type RowSpec } from './table';
import { line } from './text';

export interface Signature {
  /** caption, authority and title lines, printed in capitals, bold (empty ones dropped) */
  titles: string[];
  /** e.g. "(Ký, đóng dấu)", in italics */
  note?: string;
  /** signer's name, bold, as typed */
  name: string;
}

const center = AlignmentType.CENTER;

/** Title lines and note of a block (the part above the space for the signature), each line whole in `width`. */
function signatureHead(signature: Signature, width: number, names: UnitNames): Paragraph[] {
  const titles = fitLines(signature.titles.flatMap(textLines).map(upper), SIZE.signature, true, width, names);
  return [
    ...titles.map(({ text, spacing }) => line(text, { size: SIZE.signature, bold: true, spacing, alignment: center, keepNext: true })),
    ...(signature.note ? [line(cleanLine(signature.note), { size: SIZE.signature, italics: true, alignment: center, keepNext: true })] : []),
  ];
}

/** The signer's name under the space for the signature and the seal. */
const signatureName = (signature: Signature): Paragraph =>
  line(cleanLine(signature.name), { size: SIZE.signature, bold: true, alignment: center, before: SIGNATURE_SPACE });

/**
 * Rows of one or two signature blocks; a single block is centred across the page. Titles and
 * names sit in separate table rows so that two names stay on one line even when one title wraps;
 * no row splits across pages and each title row is kept with its names. The paragraph before the
 * table is kept with it by its builder.
 */
export function signatureTable(rows: readonly (readonly Signature[])[], names: UnitNames): Table {
  return fixedTable({
    widths: SIGNATURE_COLUMNS,
    ruled: false,
    rows: rows.flatMap((blocks, index) => {
      const gap = () => line('', { size: SIZE.body, before: index === 0 ? SPACING.after : SPACING.beforeTitle, keepNext: true });
      const span = blocks.length === 1 ? 2 : 1;
      const width = (column: number) => (span === 2 ? TEXT_WIDTH : SIGNATURE_COLUMNS[column]!);
      const heads: RowSpec = Object.assign(
        blocks.map((block, column) => ({ span, children: [gap(), ...signatureHead(block, width(column), names)] })),
        { keepWithNext: true },
      );
      // a second row of blocks stays on the page of the first
      const nameRow: RowSpec = Object.assign(
        blocks.map((block) => ({ span, children: [signatureName(block)] })),
        { keepWithNext: index < rows.length - 1 },
      );
      return [heads, nameRow];
    }),
  });
}

/** "Nơi nhận:" then "- …;" lines, the last "- Lưu: VT, …." */
function recipientsList(common: CommonForm, recipients: readonly string[], drafter: string): Paragraph[] {
  const archive = fillTemplate(common.archiveLine, { drafter: cleanLine(drafter) || '…' });
  return [
    line(common.recipientsLabel, { size: SIZE.recipientsLabel, bold: true, italics: true, alignment: AlignmentType.LEFT, keepNext: true }),
    ...punctuateList([...recipients, archive]).map((text) => line(`- ${text}`, { size: SIZE.recipients, alignment: AlignmentType.LEFT, keepNext: true })),
  ];
}

/** The letter's closing row: "Nơi nhận" on the left, the signature on the right; never split across pages. */
export function recipientsAndSignature(common: CommonForm, recipients: readonly string[], unit: Pick<ProposingUnit, 'signer' | 'drafter'>): Table {
  const gap = () => line('', { size: SIZE.body, before: SPACING.after, keepNext: true });
  const signature = unitSignature(unit.signer);
  return fixedTable({
    widths: RECIPIENTS_COLUMNS,
    ruled: false,
    rows: [
      [
        { children: [gap(), ...recipientsList(common, recipients, unit.drafter)] },
        { children: [gap(), ...signatureHead(signature, RECIPIENTS_COLUMNS[1], common.unitNames), signatureName(signature)] },
      ],
    ],
  });
}

/** A unit's signer as a block: authority line, title, name. */
export const unitSignature = (signer: Signer, caption?: string, note?: string): Signature => ({
  titles: [caption ?? '', signer.authority, signer.title],
  note,
  name: signer.name,
});

/** Who signs each role of the forms: the two unit signers with their titles, the others by name. */
export type Signers = Record<Extract<SignerRole, 'proposing-unit' | 'own-unit-head'>, Signer> &
  Record<Exclude<SignerRole, 'proposing-unit' | 'own-unit-head'>, string>;

/** The signers of a dossier's documents, from the proposing unit (and the nominee, for a report). */
export const signersOf = (unit: ProposingUnit, nominee?: { name: string; ownUnit: { head: Signer } }): Signers => ({
  'proposing-unit': unit.confirmer ?? unit.signer,
  'own-unit-head': nominee?.ownUnit.head ?? unit.signer,
  nominee: nominee?.name ?? '',
  'council-chair': unit.councilChair,
  'council-secretary': unit.councilSecretary,
});

/** A signer as printed (authority, title, name in capitals, spaces cleaned), to tell whether two blocks are one person's. */
const printedSigner = (signer: Signer): string => [signer.authority, signer.title, signer.name].map((part) => upper(cleanLine(part))).join('\n');

/**
 * A form's signature rows with their signers; `division`: the nominee's own unit is a division of
 * the proposing unit, whose head signs without a seal (the block's `divisionNote`). The
 * confirmation of the proposing unit is left out where the head of the nominee's own unit is that
 * same signer (a commune's own collective, an official of the commune's People's Committee): the
 * head's block already carries the proposing unit's signature and seal, and nobody signs and
 * stamps one page twice.
 */
export function formSignatureRows(rows: readonly (readonly SignatureBlock[])[], signers: Signers, { division = false } = {}): Signature[][] {
  const repeated = printedSigner(signers['proposing-unit']) === printedSigner(signers['own-unit-head']);
  return rows
    .map((row) =>
      row
        .filter((block) => !(repeated && block.signer === 'proposing-unit'))
        .map((block) => formSignature(division && block.signer === 'own-unit-head' && block.divisionNote ? { ...block, note: block.divisionNote } : block, signers)),
    )
    .filter((row) => row.length > 0);
}

/** A signature block of a form (content/forms) with the signer its role names. */
export function formSignature(block: SignatureBlock, signers: Signers): Signature {
  const { signer: role, caption, note } = block;
  if (role === 'proposing-unit' || role === 'own-unit-head') return unitSignature(signers[role], caption, note);
  return { titles: [caption ?? ''], note, name: signers[role] };
}
