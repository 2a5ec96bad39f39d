'use client';
import type { PriorityEntities, PriorityFramework } from '@throughline/core';
import { memo } from 'react';
import type { PriorityMatrixMessages } from './messages.js';

const FRAMEWORKS: readonly PriorityFramework[] = ['rice', 'wsjf', 'ice', 'value-effort', 'moscow'];
const ENTITIES: readonly PriorityEntities[] = ['items', 'initiatives'];

/**
 * The chart's controls: which framework scores the points, and whether they are items or
 * initiatives. Each reports through its `on…Change`; what it shows is what the chart draws.
 */
export const PriorityToolbar = memo(function PriorityToolbar(props: {
  readonly framework: PriorityFramework;
  readonly onFrameworkChange: (framework: PriorityFramework) => void;
  readonly entities: PriorityEntities;
  readonly onEntitiesChange: (entities: PriorityEntities) => void;
  readonly messages: PriorityMatrixMessages;
  readonly className: string | undefined;
}) {
  const { messages } = props;
  return (
    <div className={props.className}>
      <label>
        {messages.frameworkLabel}{' '}
        <select
          className="tl-pmatrix-control"
          value={props.framework}
          onChange={(event) => props.onFrameworkChange(event.target.value as PriorityFramework)}
        >
          {FRAMEWORKS.map((framework) => (
            <option key={framework} value={framework}>
              {messages.framework[framework]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {messages.entitiesLabel}{' '}
        <select
          className="tl-pmatrix-control"
          value={props.entities}
          onChange={(event) => props.onEntitiesChange(event.target.value as PriorityEntities)}
        >
          {ENTITIES.map((entities) => (
            <option key={entities} value={entities}>
              {messages.entities[entities]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
