// Vietnamese text, written once for the whole site: the pages, the islands, the rules and the
// generated documents all read and write numbers, dates and names through this module (how user
// text is made safe for a document is the documents' own: src/documents/text.ts). Dates follow
// Nghị định 30/2020, numbers the Vietnamese way (dots between thousands, a decimal comma). Pure:
// no DOM, safe in every bundle. It is written in a few files so that the bundler can leave what
// only the documents need (dates, letters) out of the islands' first load.
export * from './words';
export * from './numbers';
export * from './percent';
export * from './dates';
export * from './letters';
