// Where a scanned or photographed page goes on an A4 page of the merged PDF, and at how many
// pixels. Nghị định 30/2020 asks digitised copies for at least 200 dpi: a photo is fitted into
// A4 with a margin and downscaled to about 200 dpi at the size it is drawn, never upscaled.
// Pure arithmetic, in PDF points (1/72 inch).

/** Points per millimetre. */
export const POINTS_PER_MM = 72 / 25.4;
/** A4 in points, portrait: 210 × 297 mm. */
export const A4 = { width: 210 * POINTS_PER_MM, height: 297 * POINTS_PER_MM } as const;
/** White margin around a photo or scan on its page. */
export const IMAGE_MARGIN_MM = 10;
/** Resolution aimed at for image pages (the minimum Nghị định 30/2020 asks of digitised copies). */
export const TARGET_DPI = 200;

export interface Size {
  width: number;
  height: number;
}

export interface ImagePlacement {
  /** the A4 page: portrait for a portrait or square image, landscape for a landscape one */
  page: Size & { orientation: 'portrait' | 'landscape' };
  /** where the image is drawn on the page, in points from the bottom-left corner, centred */
  box: { x: number; y: number; width: number; height: number };
  /** the pixels to encode: the image's own, or fewer for about TARGET_DPI at the drawn size */
  pixels: Size;
  /** true when `pixels` is smaller than the image */
  downscaled: boolean;
  /** resolution of the page as encoded, in dots per inch at the drawn size */
  dpi: number;
}

/**
 * Places an image of `image` pixels (as seen, EXIF orientation applied) on an A4 page: fitted
 * inside the margin with its proportions kept, centred, and the pixels to encode for about
 * `dpi` at that size, never more than the image has.
 */
export function placeImage(image: Size, { marginMm = IMAGE_MARGIN_MM, dpi = TARGET_DPI } = {}): ImagePlacement {
  if (!(image.width > 0 && image.height > 0)) throw new RangeError('image size must be positive');
  const landscape = image.width > image.height;
  const page = landscape
    ? { width: A4.height, height: A4.width, orientation: 'landscape' as const }
    : { width: A4.width, height: A4.height, orientation: 'portrait' as const };
  const margin = marginMm * POINTS_PER_MM;
  const scale = Math.min((page.width - 2 * margin) / image.width, (page.height - 2 * margin) / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  const box = { x: (page.width - width) / 2, y: (page.height - height) / 2, width, height };

  // pixels wanted along the longer side, so that rounding never distorts the shape much
  const wanted = Math.max(1, Math.round(((landscape ? width : height) / 72) * dpi));
  const longSide = landscape ? image.width : image.height;
  const downscaled = wanted < longSide;
  const factor = downscaled ? wanted / longSide : 1;
  const pixels = downscaled
    ? { width: Math.max(1, Math.round(image.width * factor)), height: Math.max(1, Math.round(image.height * factor)) }
    : { width: image.width, height: image.height };
  return { page, box, pixels, downscaled, dpi: pixels.width / (width / 72) };
}
