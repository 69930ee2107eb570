// The files the reviewer drops: each read on its own (in the page's Web Worker) into the unit's
// ho-so.json or a reason for refusing it; the accepted ones gathered by unit, the same unit's newer
// file replacing its older one with a note. Pure.
import type { DossierData } from '../schemas/dossierData';
import { unitKeyOf } from './identity';

/** How a file was read: the dossier's data, or why not (the reason in Vietnamese). */
export type FileReading =
  | { ok: true; source: 'pdf' | 'json'; data: DossierData }
  | {
      ok: false;
      /**
       * not-json, not-ours, version, schema (ho-so.json refused: src/schemas/dossierData.ts);
       * not-pdf, no-data (a PDF without readable data: src/pdf/embedded.ts); unknown-type (neither
       * PDF nor JSON), empty, too-large, failed (the browser could not read it)
       */
      kind: 'not-json' | 'not-ours' | 'version' | 'schema' | 'not-pdf' | 'no-data' | 'unknown-type' | 'empty' | 'too-large' | 'failed';
      message: string;
      problems: string[];
    };

/** A file as the page hands it over, once read. */
export interface ReadFile {
  name: string;
  reading: FileReading;
}

/** One unit's dossier as received: the newest of its files. */
export interface ReceivedUnit {
  /** the unit's key (src/review/identity.ts) */
  key: string;
  fileName: string;
  source: 'pdf' | 'json';
  data: DossierData;
}

/** A file that could not be taken, and why. */
export interface RefusedFile {
  fileName: string;
  kind: Extract<FileReading, { ok: false }>['kind'];
  /** "Tệp “x.pdf”: …" */
  message: string;
  problems: string[];
}

/** What the review holds: units in the order their first file came, refused files, notes on replaced files. */
export interface Intake {
  units: ReceivedUnit[];
  refused: RefusedFile[];
  notes: string[];
}

export const emptyIntake = (): Intake => ({ units: [], refused: [], notes: [] });

/** "20/3/2026 10:15" in Việt Nam's time, for the notes. */
function shownTime(isoTime: string): string {
  const local = new Date(Date.parse(isoTime) + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCDate()}/${local.getUTCMonth() + 1}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

const quoted = (name: string) => `“${name}”`;

/**
 * Adds read files to the intake. A refused file gets its line; a unit's second file replaces the
 * first when it was made later (by ho-so.json's generatedAt, not by the order of dropping), and is
 * set aside when it is older or the same; either way a note says which file was kept.
 */
export function receiveFiles(intake: Intake, files: readonly ReadFile[]): Intake {
  const units = [...intake.units];
  const refused = [...intake.refused];
  const notes = [...intake.notes];
  for (const { name, reading } of files) {
    if (!reading.ok) {
      refused.push({ fileName: name, kind: reading.kind, message: `Tệp ${quoted(name)}: ${reading.message}`, problems: reading.problems });
      continue;
    }
    const key = unitKeyOf(reading.data.unit);
    const incoming: ReceivedUnit = { key, fileName: name, source: reading.source, data: reading.data };
    const at = units.findIndex((unit) => unit.key === key);
    if (at < 0) {
      units.push(incoming);
      continue;
    }
    const current = units[at]!;
    const unitName = quoted(reading.data.unit.name);
    const newer = Date.parse(incoming.data.generatedAt) > Date.parse(current.data.generatedAt);
    // At the same time, the PDF (with its documents) is kept rather than its data alone.
    const samePdf = incoming.data.generatedAt === current.data.generatedAt && incoming.source === 'pdf' && current.source === 'json';
    if (newer || samePdf) {
      units[at] = incoming;
      notes.push(
        `Hồ sơ của ${unitName}: tệp ${quoted(name)} (lập lúc ${shownTime(incoming.data.generatedAt)}) thay cho tệp ${quoted(current.fileName)} (lập lúc ${shownTime(current.data.generatedAt)}).`,
      );
    } else {
      const same = incoming.data.generatedAt === current.data.generatedAt;
      notes.push(
        same
          ? `Hồ sơ của ${unitName}: tệp ${quoted(name)} trùng với tệp ${quoted(current.fileName)} đã có (cùng lập lúc ${shownTime(current.data.generatedAt)}); giữ tệp đã có.`
          : `Hồ sơ của ${unitName}: tệp ${quoted(name)} (lập lúc ${shownTime(incoming.data.generatedAt)}) cũ hơn tệp ${quoted(current.fileName)} đã có (lập lúc ${shownTime(current.data.generatedAt)}); giữ tệp mới hơn.`,
      );
    }
  }
  return { units, refused, notes };
}

/** The intake without one unit (the reviewer removes a file). */
export const withoutUnit = (intake: Intake, key: string): Intake => ({ ...intake, units: intake.units.filter((unit) => unit.key !== key) });
