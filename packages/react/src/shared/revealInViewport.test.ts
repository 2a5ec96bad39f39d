import { describe, expect, it, vi } from 'vitest';
import { revealInViewport } from './revealInViewport.js';

function element(rect: Partial<DOMRect>) {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => ({ top: 0, left: 0, bottom: 0, right: 0, ...rect }) as DOMRect;
  el.scrollIntoView = vi.fn();
  Object.defineProperty(document.documentElement, 'clientHeight', { value: 450, configurable: true });
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 640, configurable: true });
  return el;
}

describe('revealInViewport', () => {
  it('leaves the page alone when the element shows whole', () => {
    const el = element({ top: 100, bottom: 140, left: 10, right: 120 });
    revealInViewport(el);
    expect(el.scrollIntoView).not.toHaveBeenCalled();
  });

  it('scrolls the page by the least amount when the element lies below, above or beside the viewport', () => {
    for (const rect of [
      { top: 430, bottom: 470, left: 10, right: 120 },
      { top: -20, bottom: 20, left: 10, right: 120 },
      { top: 100, bottom: 140, left: 600, right: 712 },
    ]) {
      const el = element(rect);
      revealInViewport(el);
      expect(el.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' });
    }
  });
});
