import type { Page } from 'playwright-core';

/**
 * Decodes two PNG screenshots of the same size in the page and returns, for each pixel, whether
 * some colour channel differs by more than 24: how a focus ring or a state shows in pixels.
 */
export function changedPixels(
  page: Page,
  before: Buffer,
  after: Buffer,
): Promise<{ width: number; height: number; changed: boolean[] }> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (data: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(img, 0, 0);
        return context.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = [await pixels(a as string), await pixels(b as string)];
      const changed: boolean[] = [];
      for (let i = 0; i < x.data.length; i += 4)
        changed.push(
          x.data.length !== y.data.length ||
            [0, 1, 2].some((c) => Math.abs((x.data[i + c] ?? 0) - (y.data[i + c] ?? 0)) > 24),
        );
      return { width: x.width, height: x.height, changed };
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}

/**
 * The share of a PNG screenshot's pixels that differ (some channel by more than 24) from its most
 * common colour: how much of a label's box its letters cover, or 0 when they vanish into the fill.
 */
export function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(img, 0, 0);
    const { data: px } = context.getImageData(0, 0, img.width, img.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < px.length; i += 4) {
      const key = ((px[i] ?? 0) << 16) | ((px[i + 1] ?? 0) << 8) | (px[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const fill = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const channels = [(fill >> 16) & 255, (fill >> 8) & 255, fill & 255];
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (channels.some((c, k) => Math.abs((px[i + k] ?? 0) - c) > 24)) ink++;
    return ink / (px.length / 4);
  }, png.toString('base64'));
}
