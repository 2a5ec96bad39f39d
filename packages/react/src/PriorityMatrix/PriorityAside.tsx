'use client';
import type { PriorityEntities, PriorityFramework, PriorityMatrixEmpty, PriorityMissingInput } from '@throughline/core';
import { memo, useId } from 'react';
import type { PriorityMatrixMessages } from './messages.js';

/** Titles listed under each missing input before "…and N more". */
const TITLES = 10;

/** The words for an input the scorer names by its path (`rice.reach` → "reach", `rice` → "RICE inputs"). */
export function inputName(field: string, messages: PriorityMatrixMessages): string {
  const last = field.slice(field.lastIndexOf('.') + 1);
  return messages.input[field] ?? messages.input[last] ?? last;
}

/** Buttons that switch to the frameworks (and the entities) that would plot something. */
function WaysOut(props: {
  readonly frameworks: readonly PriorityFramework[];
  readonly entities: PriorityEntities | undefined;
  readonly messages: PriorityMatrixMessages;
  readonly onFramework: ((framework: PriorityFramework) => void) | undefined;
  readonly onEntities: ((entities: PriorityEntities) => void) | undefined;
}) {
  const { messages, onFramework, onEntities, entities } = props;
  const frameworks = onFramework ? props.frameworks : [];
  if (frameworks.length === 0 && !(entities && onEntities)) return null;
  return (
    <p className="tl-pmatrix-ways">
      {frameworks.map((framework) => (
        <button key={framework} type="button" className="tl-pmatrix-control" onClick={() => onFramework?.(framework)}>
          {messages.switchFramework(messages.framework[framework])}
        </button>
      ))}
      {entities && onEntities ? (
        <button type="button" className="tl-pmatrix-control" onClick={() => onEntities(entities)}>
          {messages.switchEntities[entities]}
        </button>
      ) : null}
    </p>
  );
}

/**
 * Beside the chart: the entities it leaves out, by what they lack ("3 items have no reach", each
 * opening onto their titles), and the frameworks more of them carry, as buttons.
 */
export const PriorityMissing = memo(function PriorityMissing(props: {
  readonly missing: readonly PriorityMissingInput[];
  readonly count: number;
  readonly entities: PriorityEntities;
  readonly alternatives: readonly PriorityFramework[];
  readonly titleOf: (ref: PriorityMissingInput['refs'][number]) => string;
  readonly messages: PriorityMatrixMessages;
  readonly format: (value: number) => string;
  readonly onFramework: ((framework: PriorityFramework) => void) | undefined;
  readonly className: string | undefined;
}) {
  const { messages, format } = props;
  const titleId = `${useId()}-missing`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of notes, not of form fields (no fieldset).
    <div className={props.className} role="group" aria-labelledby={titleId}>
      <p id={titleId} className="tl-pmatrix-missing-title">
        {messages.missingLabel(props.count, format(props.count))}
      </p>
      <ul>
        {props.missing.map((input) => (
          <li key={JSON.stringify([input.field, input.code])} data-code={input.code}>
            <details>
              <summary>
                {messages.missing(
                  input.refs.length,
                  format(input.refs.length),
                  inputName(input.field, messages),
                  props.entities,
                  input.code,
                )}
              </summary>
              <ul>
                {input.refs.slice(0, TITLES).map((ref) => (
                  <li key={ref.id}>{props.titleOf(ref)}</li>
                ))}
              </ul>
              {input.refs.length > TITLES ? <p>{messages.moreProblems(input.refs.length - TITLES)}</p> : null}
            </details>
          </li>
        ))}
      </ul>
      {props.alternatives.length > 0 && props.onFramework ? (
        <WaysOut
          frameworks={props.alternatives}
          entities={undefined}
          messages={messages}
          onFramework={props.onFramework}
          onEntities={undefined}
        />
      ) : (
        <p className="tl-muted">{messages.missingHint}</p>
      )}
    </div>
  );
});

/**
 * What the view shows instead of a chart with no point: why (no entities, MoSCoW has no axes, no
 * entity has the inputs), what to do, and a button for each framework or the other entities that
 * would have points.
 */
export const PriorityEmpty = memo(function PriorityEmpty(props: {
  readonly empty: PriorityMatrixEmpty;
  readonly framework: PriorityFramework;
  readonly entities: PriorityEntities;
  readonly messages: PriorityMatrixMessages;
  readonly onFramework: ((framework: PriorityFramework) => void) | undefined;
  readonly onEntities: ((entities: PriorityEntities) => void) | undefined;
  readonly className: string | undefined;
}) {
  const { empty, messages } = props;
  return (
    <div className={props.className} data-empty={empty.reason}>
      <div role="status">
        <p>{messages.emptyReason(empty.reason, props.entities, messages.framework[props.framework])}</p>
        <p className="tl-muted">{messages.emptyHint(empty.reason)}</p>
      </div>
      <WaysOut
        frameworks={empty.frameworks}
        entities={empty.entities}
        messages={messages}
        onFramework={props.onFramework}
        onEntities={props.onEntities}
      />
    </div>
  );
});
