import { act, renderHook } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERVER_LOCALE, useLocale } from './useLocale.js';

function readerSpeaks(language: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
}

/** A number formatted in the locale `useLocale` picks when the host gives none. */
function Amount() {
  return <output>{new Intl.NumberFormat(useLocale(undefined)).format(1234.5)}</output>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useLocale', () => {
  it("takes the host's locale whatever the reader's", () => {
    readerSpeaks('de-DE');
    const { result } = renderHook(() => useLocale('fr-FR'));
    expect(result.current).toBe('fr-FR');
  });

  it("falls back to the reader's locale in the browser and follows it when it changes", () => {
    readerSpeaks('de-DE');
    const { result } = renderHook(() => useLocale(undefined));
    expect(result.current).toBe('de-DE');
    readerSpeaks('nl-NL');
    act(() => {
      window.dispatchEvent(new Event('languagechange'));
    });
    expect(result.current).toBe('nl-NL');
  });

  it('writes the server locale on the server, hydrates without a mismatch, then turns to the reader', async () => {
    readerSpeaks('de-DE');
    const html = renderToString(<Amount />);
    expect(html).toBe(`<output>${new Intl.NumberFormat(SERVER_LOCALE).format(1234.5)}</output>`);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, <Amount />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.textContent).toBe(new Intl.NumberFormat('de-DE').format(1234.5));
    container.remove();
  });
});
