// Test images as phones and scanners store them.
import type { Orientation } from '../../src/pdf/imageInfo';

/** An EXIF APP1 segment that sets only the orientation (big-endian TIFF, IFD0 with one SHORT entry). */
export function exifOrientationSegment(orientation: Orientation): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]; // "Exif\0\0"
  const length = payload.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
}

/** `jpeg` with an EXIF orientation segment right after its SOI marker, as a phone camera writes it. */
export function withExifOrientation(jpeg: Uint8Array, orientation: Orientation): Uint8Array {
  const segment = exifOrientationSegment(orientation);
  const result = new Uint8Array(jpeg.length + segment.length);
  result.set(jpeg.subarray(0, 2));
  result.set(segment, 2);
  result.set(jpeg.subarray(2), 2 + segment.length);
  return result;
}
