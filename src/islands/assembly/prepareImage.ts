// A photo or scan made ready for its A4 page, in the worker: decoded with its EXIF orientation,
// downscaled to about 200 dpi on an OffscreenCanvas and encoded as JPEG (or PNG for a scan when
// that is smaller). A file already upright and not above 200 dpi is embedded as it is. Browser
// APIs (createImageBitmap, OffscreenCanvas): runs in the Web Worker only.
import { displaySize, jpegInfo, pngInfo, swapsSides, type ImageInfo } from '../../pdf/imageInfo';
import { placeImage, type ImagePlacement } from '../../pdf/layout';
import type { PreparedImage } from './protocol';

/** JPEG quality of prepared pages: text stays sharp at 200 dpi, a phone photo page stays a few hundred KB. */
export const JPEG_QUALITY = 0.82;
/** Width of the preview thumbnails, in pixels. */
export const THUMBNAIL_WIDTH = 160;

export interface PreparedPage {
  image: PreparedImage;
  placement: ImagePlacement;
  thumbnail: Blob;
}

/** Draws the stored pixels turned and mirrored as EXIF `orientation` says (for a browser that did not). */
function orient(context: OffscreenCanvasRenderingContext2D, orientation: number, width: number, height: number) {
  // width and height are those of the output (as seen)
  const transforms: Record<number, [number, number, number, number, number, number]> = {
    2: [-1, 0, 0, 1, width, 0],
    3: [-1, 0, 0, -1, width, height],
    4: [1, 0, 0, -1, 0, height],
    5: [0, 1, 1, 0, 0, 0],
    6: [0, 1, -1, 0, width, 0],
    7: [0, -1, -1, 0, width, height],
    8: [0, -1, 1, 0, 0, height],
  };
  const transform = transforms[orientation];
  if (transform) context.setTransform(...transform);
}

async function decode(file: Blob, info: ImageInfo): Promise<{ bitmap: ImageBitmap; turned: boolean }> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  // Browsers apply EXIF orientation here; one that did not leaves the sides unswapped.
  const turned = info.orientation === 1 || !swapsSides(info.orientation) || bitmap.width !== info.width || info.width === info.height;
  return { bitmap, turned };
}

function draw(bitmap: ImageBitmap, width: number, height: number, info: ImageInfo, turned: boolean): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { alpha: false })!;
  context.fillStyle = '#ffffff'; // transparent parts of a PNG become paper white
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  if (!turned) {
    orient(context, info.orientation, width, height);
    const [w, h] = swapsSides(info.orientation) ? [height, width] : [width, height];
    context.drawImage(bitmap, 0, 0, w, h);
  } else {
    context.drawImage(bitmap, 0, 0, width, height);
  }
  return canvas;
}

/** The image's header, or null when it cannot be read. */
export const readImageInfo = (bytes: Uint8Array, format: 'jpeg' | 'png'): ImageInfo | null => (format === 'jpeg' ? jpegInfo(bytes) : pngInfo(bytes));

/**
 * Prepares one image file for its page. Throws when the browser cannot decode it (the caller
 * reports the file as unreadable).
 */
export async function prepareImage(file: Blob, info: ImageInfo): Promise<PreparedPage> {
  const shown = displaySize(info);
  const placement = placeImage(shown);
  const { bitmap, turned } = await decode(file, info);
  try {
    const thumbHeight = Math.max(1, Math.round((THUMBNAIL_WIDTH * shown.height) / shown.width));
    const thumbnail = await draw(bitmap, THUMBNAIL_WIDTH, thumbHeight, info, turned).convertToBlob({ type: 'image/jpeg', quality: 0.7 });

    // Upright, not above 200 dpi, colour or grey: embed the file as it is, without a second compression.
    const asIs = info.orientation === 1 && !placement.downscaled && (info.format === 'png' || info.components === 1 || info.components === 3);
    if (asIs) {
      return { image: { blob: file, format: info.format, width: info.width, height: info.height, original: true, turned: false, downscaled: false }, placement, thumbnail };
    }
    const canvas = draw(bitmap, placement.pixels.width, placement.pixels.height, info, turned);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    // A scan (PNG) of black text on white is often smaller as PNG.
    const png = info.format === 'png' ? await canvas.convertToBlob({ type: 'image/png' }) : null;
    const best = png && png.size < jpeg.size ? { blob: png, format: 'png' as const } : { blob: jpeg, format: 'jpeg' as const };
    return {
      image: { ...best, width: placement.pixels.width, height: placement.pixels.height, original: false, turned: info.orientation !== 1, downscaled: placement.downscaled },
      placement,
      thumbnail,
    };
  } finally {
    bitmap.close();
  }
}
