import type { Page } from 'playwright-core';

/** A decoded PNG: its size and its RGBA bytes, row by row. */
interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: readonly number[];
}

/** Decodes a PNG screenshot in the page (the browser's own decoder) and hands its pixels back. */
function decode(page: Page, png: Buffer): Promise<Pixels> {
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(img, 0, 0);
    return { width: img.width, height: img.height, data: [...context.getImageData(0, 0, img.width, img.height).data] };
  }, png.toString('base64'));
}

/** Whether two colours differ in some channel by more than 24. */
const differs = (a: readonly number[], i: number, b: readonly number[], j: number) =>
  [0, 1, 2].some((c) => Math.abs((a[i + c] ?? 0) - (b[j + c] ?? 0)) > 24);

/**
 * Decodes two PNG screenshots of the same size in the page and returns, for each pixel, whether
 * some colour channel differs by more than 24: how a focus ring or a state shows in pixels.
 */
export async function changedPixels(
  page: Page,
  before: Buffer,
  after: Buffer,
): Promise<{ width: number; height: number; changed: boolean[] }> {
  const [x, y] = [await decode(page, before), await decode(page, after)];
  const changed: boolean[] = [];
  for (let i = 0; i < x.data.length; i += 4)
    changed.push(x.data.length !== y.data.length || differs(x.data, i, y.data, i));
  return { width: x.width, height: x.height, changed };
}

/**
 * The share of a PNG screenshot's pixels that differ (some channel by more than 24) from its most
 * common colour: how much of a label's box its letters cover, or 0 when they vanish into the fill.
 */
export async function inkShare(page: Page, png: Buffer): Promise<number> {
  const { data: px } = await decode(page, png);
  const counts = new Map<number, number>();
  for (let i = 0; i < px.length; i += 4) {
    const key = ((px[i] ?? 0) << 16) | ((px[i + 1] ?? 0) << 8) | (px[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const fill = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const channels = [(fill >> 16) & 255, (fill >> 8) & 255, fill & 255];
  let ink = 0;
  for (let i = 0; i < px.length; i += 4) if (differs(px, i, channels, 0)) ink++;
  return ink / (px.length / 4);
}
