// Signature blocks (title in capitals, bold; note in italics; space for the signature and the
// seal; the name in bold) and the "Nơi nhận" list that sits beside the letter's signature.
import { cleanLine, punctuateList, textLines, upper } from '../text';
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { CommonForm, SignatureBlock, SignerRole } from '../../schemas/form';
import { RECIPIENTS_COLUMNS, SIGNATURE_COLUMNS, SIGNATURE_SPACE, SIZE, SPACING } from '../layout';
import type { UnitProfile } from '../../schemas/unitProfile';
import { fixedTable, type RowSpec } from './table';
import { line } from './text';

export interface Signature {
  /** authority and title lines, printed in capitals, bold */
  titles: string[];
  /** e.g. "(Ký, đóng dấu)", in italics */
  note?: string;
  /** signer's name, bold, as typed; empty leaves the line blank */
  name: string;
}

const center = AlignmentType.CENTER;

/** Title lines and note of a block (the part above the space for the signature). */
function signatureHead(signature: Signature): Paragraph[] {
  const titles = signature.titles.flatMap(textLines);
  return [
    ...titles.map((text) => line(upper(text), { size: SIZE.signature, bold: true, alignment: center, keepNext: true })),
    ...(signature.note ? [line(cleanLine(signature.note), { size: SIZE.signature, italics: true, alignment: center, keepNext: true })] : []),
  ];
}

/** The signer's name under the space for the signature and the seal. */
const signatureName = (signature: Signature): Paragraph =>
  line(cleanLine(signature.name), { size: SIZE.signature, bold: true, alignment: center, before: SIGNATURE_SPACE });

/**
 * Rows of one or two signature blocks; a single block is centred across the page. Titles and
 * names sit in separate table rows so that two names stay on one line even when one title wraps.
 */
export function signatureTable(rows: readonly (readonly Signature[])[]): Table {
  return fixedTable({
    widths: SIGNATURE_COLUMNS,
    ruled: false,
    rows: rows.flatMap((blocks, index) => {
      const gap = () => line('', { size: SIZE.body, before: index === 0 ? SPACING.after : SPACING.beforeTitle });
      const span = blocks.length === 1 ? 2 : 1;
      const heads: RowSpec = Object.assign(blocks.map((block) => ({ span, children: [gap(), ...signatureHead(block)] })), { keepWithNext: true });
      const names: RowSpec = blocks.map((block) => ({ span, children: [signatureName(block)] }));
      return [heads, names];
    }),
  });
}

/** "Nơi nhận:" then "- …;" lines, the last "- Lưu: VT…." */
function recipientsList(common: CommonForm, recipients: readonly string[]): Paragraph[] {
  return [
    line(common.recipientsLabel, { size: SIZE.recipientsLabel, bold: true, italics: true, alignment: AlignmentType.LEFT }),
    ...punctuateList([...recipients, common.archiveLine]).map((text) => line(`- ${text}`, { size: SIZE.recipients, alignment: AlignmentType.LEFT })),
  ];
}

/** The letter's closing row: "Nơi nhận" on the left, the signature on the right. */
export function recipientsAndSignature(common: CommonForm, recipients: readonly string[], signature: Signature): Table {
  const gap = () => line('', { size: SIZE.body, before: SPACING.after });
  return fixedTable({
    widths: RECIPIENTS_COLUMNS,
    ruled: false,
    rows: [[{ children: [gap(), ...recipientsList(common, recipients)] }, { children: [gap(), ...signatureHead(signature), signatureName(signature)] }]],
  });
}

/** The names a form's signature blocks can ask for. */
export type SignerNames = Record<SignerRole, string>;

/** A signature block of a form (content/forms) with the name its role asks for. */
export const formSignature = (block: SignatureBlock, names: SignerNames): Signature => ({
  titles: [block.title],
  note: block.note,
  name: names[block.signer],
});

/** The head of the unit's block: authority line ("TM. …", "KT. …") then title. */
export const unitHeadTitles = (profile: UnitProfile): string[] => [profile.signerAuthority, profile.signerTitle];

/** Who signs what, from the unit's profile (and the nominee, for the report). */
export const signerNames = (profile: UnitProfile, nomineeName = ''): SignerNames => ({
  'unit-head': profile.signerName,
  nominee: nomineeName,
  'council-chair': profile.councilChair,
  'council-secretary': profile.councilSecretary,
  none: '',
});
