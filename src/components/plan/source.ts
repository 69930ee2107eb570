// The plan's text as published, kept in content/source/ (read at build time only).
import source from '../../../content/source/ke-hoach-0125-KH-UBND.txt?raw';

/** File name under which the text is offered for download. */
export const SOURCE_FILE_NAME = 'ke-hoach-0125-KH-UBND.txt';
export const planSourceText: string = source;
