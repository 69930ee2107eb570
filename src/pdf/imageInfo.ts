// Pixel size and EXIF orientation of a JPEG or PNG, read from its headers without decoding it.
// The worker decides from them whether a photo must be turned or downscaled, or can be embedded
// in the PDF as it is. Pure.

/** EXIF orientation: 1 upright; 2 mirrored; 3 turned 180°; 4 mirrored vertically; 5–8 the four with width and height swapped. */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface ImageInfo {
  format: 'jpeg' | 'png';
  /** pixels as stored in the file */
  width: number;
  height: number;
  /** EXIF orientation of a JPEG (1 when absent, and always 1 for PNG) */
  orientation: Orientation;
  /** JPEG colour components (1 grey, 3 colour, 4 CMYK); PNG: 0 */
  components: number;
  /** JPEG: progressive or baseline; PNG: interlaced */
  progressive: boolean;
}

/** Orientations 5–8 show the stored image with width and height swapped. */
export const swapsSides = (orientation: Orientation): boolean => orientation >= 5;

/** Width and height as the image is meant to be seen (EXIF orientation applied). */
export function displaySize(info: Pick<ImageInfo, 'width' | 'height' | 'orientation'>): { width: number; height: number } {
  return swapsSides(info.orientation) ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
}

const u16 = (bytes: Uint8Array, at: number, little = false) => (little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!);
const u32 = (bytes: Uint8Array, at: number, little = false) =>
  little
    ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
    : ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

/** The Orientation tag (0x0112) of IFD0 in an Exif APP1 payload starting at `start`, or 1. */
function exifOrientation(bytes: Uint8Array, start: number, end: number): Orientation {
  // "Exif\0\0", then a TIFF header: "II*\0" (little endian) or "MM\0*" (big endian)
  if (end - start < 14 || u32(bytes, start) !== 0x45786966 || u16(bytes, start + 4) !== 0) return 1;
  const tiff = start + 6;
  const order = u16(bytes, tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  if (u16(bytes, tiff + 2, little) !== 42) return 1;
  const ifd = tiff + u32(bytes, tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const entries = u16(bytes, ifd, little);
  for (let index = 0; index < entries; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > end) return 1;
    if (u16(bytes, entry, little) !== 0x0112) continue;
    const value = u16(bytes, entry + 8, little);
    return value >= 1 && value <= 8 ? (value as Orientation) : 1;
  }
  return 1;
}

/** SOF markers that carry the frame size: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** A JPEG's size, orientation and components; null when its headers cannot be read. */
export function jpegInfo(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let orientation: Orientation = 1;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = u16(bytes, at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const body = at + 4;
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(bytes, body, at + 2 + length);
    if (isStartOfFrame(marker)) {
      if (length < 8) return null;
      const height = u16(bytes, body + 1);
      const width = u16(bytes, body + 3);
      if (width === 0 || height === 0) return null;
      return { format: 'jpeg', width, height, orientation, components: bytes[body + 5]!, progressive: marker === 0xc2 || marker === 0xc6 || marker === 0xca || marker === 0xce };
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data or end before any frame header
    at += 2 + length;
  }
  return null;
}

/** A PNG's size (from IHDR); null when its header cannot be read. */
export function pngInfo(bytes: Uint8Array): ImageInfo | null {
  // signature (8), IHDR length (4) and type (4), width (4), height (4), depth, colour type, compression, filter, interlace
  if (bytes.length < 29 || u32(bytes, 12) !== 0x49484452) return null;
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  if (width === 0 || height === 0) return null;
  return { format: 'png', width, height, orientation: 1, components: 0, progressive: bytes[28] === 1 };
}
