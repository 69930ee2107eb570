// Messages between the assembly island and its Web Worker (assembly.worker.ts). Files travel as
// Blobs (structured clone passes a reference, not a copy); the merged PDF comes back as a
// transferred ArrayBuffer. Nothing here leaves the browser.
import type { CampaignWords } from '../../pdf/data';
import type { FileProblem } from '../../pdf/problems';
import type { MergeDocument } from '../../pdf/merge';
import type { NomineeGroups } from '../../pdf/slots';
import type { DossierData } from '../../schemas/dossierData';
import type { Drafts } from '../../storage/drafts';
import type { DraftRules, HandAssembly } from '../../dossier/dossierData';

/** An image prepared for its A4 page: upright, at most about 200 dpi, JPEG or PNG. */
export interface PreparedImage {
  blob: Blob;
  format: 'jpeg' | 'png';
  /** pixels as encoded */
  width: number;
  height: number;
  /** true when the original file is embedded as it is (upright and not above 200 dpi) */
  original: boolean;
  /** turned upright as its EXIF orientation says */
  turned: boolean;
  /** downscaled to about 200 dpi */
  downscaled: boolean;
}

/** What the worker found in a file. */
export interface Inspection {
  /** what the bytes say the file is */
  type: 'pdf' | 'jpeg' | 'png' | 'empty' | 'unknown';
  /** pages it adds to the dossier (0 when refused) */
  pageCount: number;
  /** bytes it adds to the merged PDF */
  mergedBytes: number;
  problems: FileProblem[];
  /** images: the prepared page */
  image?: PreparedImage;
  /** images: a small JPEG of the page, for the preview (PDF previews are drawn by pdf.js) */
  thumbnail?: Blob;
}

/** A document to merge: PDFs as the files chosen, images as prepared; a report names its nominee by the slot's id. */
export interface MergeRequestDocument extends Omit<MergeDocument, 'sources'> {
  sources: ({ type: 'pdf'; file: Blob } | { type: 'image'; image: PreparedImage })[];
}

/** A problem of the dossier's data (src/dossier/dataProblems.ts) and the link to where it is fixed. */
export interface DataFix {
  message: string;
  href: string;
}

/** Everything the worker needs to write ho-so.json and the PDF's metadata. */
export interface MergeRequest {
  documents: MergeRequestDocument[];
  /** the drafts the slots were shown from (read in the worker by fromDrafts.ts) */
  drafts: Drafts;
  rules: DraftRules;
  /** reports added by hand and the unit's category chosen on the page, used when the drafts have no nominee */
  hand: HandAssembly;
  /** the unit's name, from the drafts or typed */
  unitName: string;
  words: CampaignWords;
  /** how the groups of nominees are named, for the messages about the data */
  groups: NomineeGroups;
  /** stem of the file's name */
  fileStem: string;
}

export type WorkerRequest =
  | { type: 'inspect'; id: number; file: Blob; name: string }
  | ({ type: 'merge'; id: number } & MergeRequest);

export type WorkerResponse =
  | { type: 'inspected'; id: number; inspection: Inspection }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'merged'; id: number; bytes: ArrayBuffer; pageCount: number; data: DossierData; fileName: string }
  /** the dossier's data would not make a valid ho-so.json: what to fix, and where */
  | { type: 'refused'; id: number; problems: DataFix[] }
  | { type: 'failed'; id: number; detail: string };
