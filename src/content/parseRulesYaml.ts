import { parse } from 'yaml';

export interface RawRecord {
  id: string;
  [field: string]: unknown;
}

/** Parses a YAML list of records with unique `id`s; throws a message naming the file and record. */
export function parseRulesYaml(text: string, fileName: string): RawRecord[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${fileName}: YAML không hợp lệ: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${fileName}: phải là một danh sách bản ghi`);
  const seen = new Set<string>();
  return data.map((record, index) => {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${fileName}[${index}]: thiếu trường id`);
    if (seen.has(id)) throw new Error(`${fileName}[${index}]: id "${id}" bị trùng`);
    seen.add(id);
    return record as RawRecord;
  });
}
