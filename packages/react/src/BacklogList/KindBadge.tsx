'use client';
import type { ItemKind } from '@throughline/core';

/** A glyph per kind, so kinds differ by shape as well as colour and text. */
const GLYPH: Record<ItemKind, string> = {
  epic: '◆',
  story: '●',
  task: '■',
  bug: '✖',
  improvement: '▲',
  'tech-debt': '⚙',
  spike: '?',
};

export function KindBadge({
  kind,
  label,
  className,
}: {
  kind: ItemKind;
  label: string;
  className?: string | undefined;
}) {
  return (
    <span className={className} data-kind={kind}>
      <span aria-hidden="true" className="tl-kind-glyph">
        {GLYPH[kind]}
      </span>
      {label}
    </span>
  );
}
