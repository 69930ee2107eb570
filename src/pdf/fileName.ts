// The merged PDF's file name. Apart from slots.ts so that the island, which only shows the name
// the worker sends back, does not carry the slug helper (and the documents' text module) itself.
import { asciiSlug } from '../documents/fileNames';

/** "ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-ea-kar.pdf": the merged file's name, like the ZIP's. */
export function dossierPdfFileName(fileStem: string, unitName: string): string {
  return `${[fileStem, asciiSlug(unitName, 40)].filter(Boolean).join('-')}.pdf`;
}
