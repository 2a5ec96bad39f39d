'use client';
import { CONFIDENCE_LEVELS, MILESTONE_KINDS } from '@throughline/core';
import type { RoadmapTimelineMessages } from './messages.js';

export const MILESTONE_GLYPH = { release: '◆', 'platform-shift': '▲', 'market-expansion': '●', other: '■' } as const;

/** What the outlines, glyphs and lines mean: confidence and dates are never told by colour alone. */
export function TimelineLegend({
  messages,
  className,
}: {
  messages: RoadmapTimelineMessages;
  className?: string | undefined;
}) {
  return (
    <ul className={className} aria-label={messages.legendLabel}>
      {CONFIDENCE_LEVELS.map((level) => (
        <li key={level}>
          <span className="tl-legend-swatch" data-confidence={level} aria-hidden="true" />
          {messages.confidence[level]}
        </li>
      ))}
      <li>
        <span className="tl-legend-swatch" data-dated="false" aria-hidden="true" />≈ {messages.undated}
      </li>
      <li>
        <span className="tl-legend-line" data-late="true" aria-hidden="true" />⚠ {messages.lateLegend}
      </li>
      {MILESTONE_KINDS.map((kind) => (
        <li key={kind}>
          <span aria-hidden="true">{MILESTONE_GLYPH[kind]}</span> {messages.milestoneKind[kind]}
        </li>
      ))}
    </ul>
  );
}
