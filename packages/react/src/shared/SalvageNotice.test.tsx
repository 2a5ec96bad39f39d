import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type SalvageProblem, salvagePlan } from '@throughline/core';
import { describe, expect, it } from 'vitest';
import { dataWithProblems } from './dataWithProblems.story.js';
import { SalvageNotice } from './SalvageNotice.js';
import { defaultSalvageMessages } from './salvageMessages.js';

const messages = { ...defaultSalvageMessages, moreProblems: (count: number) => `…and ${count} more.` };
const salvaged = () => {
  const { problems, summary } = salvagePlan(dataWithProblems());
  return { problems, summary };
};

describe('SalvageNotice', () => {
  it('says in one polite status what was set aside, never as an alert', () => {
    render(<SalvageNotice salvaged={salvaged()} messages={messages} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 problems in the data; 1 initiative left out, 1 field dropped, 1 link removed.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
  });

  it('lists each problem on request: path, message, what was set aside, and code', async () => {
    const { container } = render(<SalvageNotice salvaged={salvaged()} messages={messages} />);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    await userEvent.click(screen.getByText('Show the problems'));
    expect(details?.open).toBe(true);
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('initiatives[0].end');
    expect(rows[0]).toHaveTextContent('"2026-10-9" is not a calendar date');
    expect(rows[0]).toHaveTextContent('Set aside: Dropped `end` ("2026-10-9").');
    expect(rows[0]).toHaveTextContent('[invalid-date]');
    expect(rows[1]).toHaveAttribute('data-set-aside', 'entity');
    expect(rows[2]).toHaveTextContent('[dangling-reference]');
  });

  it('caps a long list with "…and N more"', () => {
    const one = salvaged().problems[0] as SalvageProblem;
    const problems = Array.from({ length: 25 }, () => one);
    const summary = { ...salvaged().summary, problems: 25, fields: 25, leftOut: {}, references: 0 };
    render(<SalvageNotice salvaged={{ problems, summary }} messages={messages} limit={20} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('…and 5 more.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('25 problems in the data; 25 fields dropped.');
  });

  it('uses one form for one and another for more, numbers in the locale, words from messages', () => {
    const { problems } = salvaged();
    const summary = {
      problems: 1234,
      errors: 1234,
      warnings: 0,
      leftOut: { items: 1, backlogs: 2 },
      fields: 0,
      references: 1,
      dependencies: 2,
      backlogEntries: 1,
    };
    const { rerender } = render(<SalvageNotice salvaged={{ problems, summary }} messages={messages} locale="en-US" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '1,234 problems in the data; 1 item left out, 2 backlogs left out, 1 link removed, 2 dependencies removed, 1 backlog entry removed.',
    );
    rerender(
      <SalvageNotice
        salvaged={{ problems, summary }}
        locale="de-DE"
        messages={{
          ...messages,
          salvageProblems: (count, shown) => `${shown} ${count === 1 ? 'Problem' : 'Probleme'} in den Daten`,
          salvageHeadline: (head, parts) => `${head}: ${parts.length} Arten ausgelassen.`,
        }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('1.234 Probleme in den Daten: 5 Arten ausgelassen.');
  });
});
