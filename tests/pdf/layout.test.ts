// The image page maths: A4 portrait or landscape, fitted inside the margin, about 200 dpi, never upscaled.
import { describe, expect, it } from 'vitest';
import { A4, IMAGE_MARGIN_MM, POINTS_PER_MM, placeImage, TARGET_DPI } from '../../src/pdf/layout';
import { displaySize, jpegInfo, pngInfo } from '../../src/pdf/imageInfo';
import { exifOrientationSegment, withExifOrientation } from '../support/images';

const margin = IMAGE_MARGIN_MM * POINTS_PER_MM;

describe('placing an image on an A4 page', () => {
  it('is A4 in points: 210 × 297 mm', () => {
    expect(A4.width).toBeCloseTo(595.28, 2);
    expect(A4.height).toBeCloseTo(841.89, 2);
  });

  it('puts a landscape phone photo (4000 × 3000) on landscape A4, downscaled to about 200 dpi', () => {
    const placed = placeImage({ width: 4000, height: 3000 });
    expect(placed.page).toEqual({ width: A4.height, height: A4.width, orientation: 'landscape' });
    // limited by the height: 190 mm of printable height
    expect(placed.box.height).toBeCloseTo(A4.width - 2 * margin, 6);
    expect(placed.box.width / placed.box.height).toBeCloseTo(4 / 3, 6);
    expect(placed.box.x).toBeCloseTo((A4.height - placed.box.width) / 2, 6);
    expect(placed.box.y).toBeCloseTo(margin, 6);
    expect(placed.downscaled).toBe(true);
    // 253.3 mm at 200 dpi ≈ 1995 pixels wide, proportions kept
    expect(placed.pixels.width).toBe(Math.round((placed.box.width / 72) * TARGET_DPI));
    expect(placed.pixels.width / placed.pixels.height).toBeCloseTo(4 / 3, 2);
    expect(placed.dpi).toBeCloseTo(TARGET_DPI, 0);
  });

  it('puts a portrait photo on portrait A4, and a square one too', () => {
    expect(placeImage({ width: 3000, height: 4000 }).page.orientation).toBe('portrait');
    expect(placeImage({ width: 2000, height: 2000 }).page.orientation).toBe('portrait');
    const portrait = placeImage({ width: 3000, height: 4000 });
    // limited by the width: 190 mm
    expect(portrait.box.width).toBeCloseTo(A4.width - 2 * margin, 6);
    expect(portrait.pixels.width).toBe(Math.round((190 / 25.4) * 200 * (3 / 3)));
  });

  it('fits an A4 scan inside the margin, never touching the edge', () => {
    const placed = placeImage({ width: 1654, height: 2339 }); // A4 at 200 dpi
    expect(placed.box.x).toBeGreaterThanOrEqual(margin - 1e-6);
    expect(placed.box.y).toBeGreaterThanOrEqual(margin - 1e-6);
    expect(placed.box.x + placed.box.width).toBeLessThanOrEqual(A4.width - margin + 1e-6);
    expect(placed.box.y + placed.box.height).toBeLessThanOrEqual(A4.height - margin + 1e-6);
  });

  it('never upscales a small image: it keeps its pixels and reports its low resolution', () => {
    const placed = placeImage({ width: 800, height: 600 });
    expect(placed.downscaled).toBe(false);
    expect(placed.pixels).toEqual({ width: 800, height: 600 });
    expect(placed.dpi).toBeLessThan(100);
    // just at the target: unchanged
    const exact = placeImage({ width: 1496, height: 2182 });
    expect(exact.pixels.height).toBeLessThanOrEqual(2182);
  });

  it('refuses an image without pixels', () => {
    expect(() => placeImage({ width: 0, height: 10 })).toThrow(RangeError);
  });
});

/** A minimal baseline JPEG header: SOI, APP0 (JFIF), SOF0 of `width` × `height`, 3 components, then EOI. */
function jpegHeader(width: number, height: number, sof = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, sof, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

describe('reading an image’s header', () => {
  it('reads a JPEG’s size, and its EXIF orientation as a phone writes it', () => {
    const plain = jpegHeader(4000, 3000);
    expect(jpegInfo(plain)).toEqual({ format: 'jpeg', width: 4000, height: 3000, orientation: 1, components: 3, progressive: false });
    for (const orientation of [1, 3, 6, 8] as const) {
      const rotated = withExifOrientation(plain, orientation);
      expect(jpegInfo(rotated)?.orientation).toBe(orientation);
    }
    // stored landscape, shown portrait
    expect(displaySize(jpegInfo(withExifOrientation(plain, 6))!)).toEqual({ width: 3000, height: 4000 });
    expect(displaySize(jpegInfo(withExifOrientation(plain, 3))!)).toEqual({ width: 4000, height: 3000 });
    expect(jpegInfo(jpegHeader(10, 20, 0xc2))?.progressive).toBe(true);
  });

  it('reads a little-endian EXIF block too', () => {
    const big = exifOrientationSegment(6);
    // the same segment in Intel byte order: "II*\0", offset 8, one entry, tag 0x0112, SHORT, count 1, value 6
    const tiff = [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const little = Uint8Array.from([0xff, 0xe1, 0, big.length - 2, 0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]);
    const plain = jpegHeader(40, 30);
    const jpeg = Uint8Array.from([...plain.subarray(0, 2), ...little, ...plain.subarray(2)]);
    expect(jpegInfo(jpeg)?.orientation).toBe(6);
  });

  it('says null for a damaged JPEG rather than guessing', () => {
    expect(jpegInfo(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff]))).toBeNull();
    expect(jpegInfo(jpegHeader(4000, 3000).subarray(0, 24))).toBeNull();
    expect(jpegInfo(jpegHeader(0, 3000))).toBeNull();
  });

  it('reads a PNG’s size from IHDR', () => {
    const ihdr = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x06, 0x72, 0, 0, 0x09, 0x23, 8, 0, 0, 0, 0];
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, 0, 0, 0, 0]);
    expect(pngInfo(png)).toEqual({ format: 'png', width: 1650, height: 2339, orientation: 1, components: 0, progressive: false });
    expect(pngInfo(png.subarray(0, 20))).toBeNull();
  });
});
