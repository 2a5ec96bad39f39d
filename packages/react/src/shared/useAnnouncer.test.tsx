import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAnnouncer, LiveRegion, useAnnouncer } from './useAnnouncer.js';

describe('announcer', () => {
  it('speaks through its live region, and says the same sentence twice as two announcements', () => {
    const announcer = createAnnouncer();
    const { container } = render(<LiveRegion announcer={announcer} />);
    const region = container.querySelector('[aria-live="polite"]') as HTMLElement;
    act(() => announcer.announce('Moved A.'));
    expect(region.textContent).toBe('Moved A.');
    act(() => announcer.announce('Moved A.'));
    expect(region.textContent).toBe('Moved A.\u00a0');
    act(() => announcer.announce('Moved A.'));
    expect(region.textContent).toBe('Moved A.');
    act(() => announcer.announce('Moved B.'));
    expect(screen.getByText('Moved B.')).toBe(region);
  });

  it('keeps one announcer for the life of a view', () => {
    const { result, rerender } = renderHook(() => useAnnouncer());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
