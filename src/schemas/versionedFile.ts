// Reading a versioned JSON file of the site that another page or another unit made (ho-so.json,
// a review's marks): the envelope (./markedJson.ts), its one version, then its schema. Refusals
// are in Vietnamese, naming what the file should have been.
import * as z from 'zod/mini';
import { describeIssues } from './issues';
import { upperFirst } from '../text/vietnamese';
import { markedObject, readMarkedJson } from './markedJson';

/** Why a file was refused, in Vietnamese: one sentence, then the first problems ("path: reason"). */
export interface FileRefusal {
  ok: false;
  kind: 'not-json' | 'not-ours' | 'version' | 'schema';
  message: string;
  problems: string[];
}

export type VersionedFileResult<T> = { ok: true; value: T } | FileRefusal;

/** What a file is and how it is named in the refusals. */
export interface VersionedFile<T> {
  format: string;
  version: number;
  schema: z.ZodMiniType<T>;
  /** "dữ liệu hồ sơ": how the refusals name the data ("Dữ liệu hồ sơ ở phiên bản 3, …") */
  noun: string;
  /** "dữ liệu hồ sơ đề nghị khen thưởng": what a file of another kind is not */
  fullName: string;
}

const refuse = (kind: FileRefusal['kind'], message: string, problems: string[] = []): FileRefusal => ({ ok: false, kind, message, problems });

/** Reads the file (its text, its bytes, or parsed JSON); unknown fields are dropped, never copied. */
export function readVersionedFile<T>(input: string | Uint8Array | unknown, file: VersionedFile<T>): VersionedFileResult<T> {
  const read = typeof input === 'string' || input instanceof Uint8Array ? readMarkedJson(input, file.format) : markedObject(input, file.format);
  if (!read.ok && read.kind === 'not-json') return refuse('not-json', `Tệp không phải JSON đọc được (có thể đã bị hỏng hoặc không phải ${file.noun}).`);
  if (!read.ok) return refuse('not-ours', `Tệp không phải ${file.fullName} do trang này tạo (thiếu hoặc sai trường “format”).`);
  const { json } = read;
  const version = json.version;
  if (version !== file.version) {
    return refuse(
      'version',
      typeof version === 'number' && version > file.version
        ? `${upperFirst(file.noun)} ở phiên bản ${version}, mới hơn phiên bản trang này đọc được (${file.version}): hãy tải lại trang để dùng bản mới nhất.`
        : `Phiên bản ${file.noun} không đọc được (“version”: ${JSON.stringify(version) ?? 'thiếu'}); trang này đọc phiên bản ${file.version}.`,
    );
  }
  const parsed = z.safeParse(file.schema, json);
  if (!parsed.success) return refuse('schema', `${upperFirst(file.noun)} không đúng cấu trúc:`, describeIssues(parsed.error.issues, json));
  return { ok: true, value: parsed.data };
}
