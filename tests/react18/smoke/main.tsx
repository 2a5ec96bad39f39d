import { type Change, createPlan } from '@throughline/core';
import { samplePlan } from '@throughline/core/sample';
import { BacklogList, RoadmapTimeline, TraceabilityMatrix, usePlanHistory } from '@throughline/react';
import '@throughline/react/styles.css';
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

/** A host page on React 18: the three views on one plan history, the last change they emitted printed. */
function Host() {
  const history = usePlanHistory(() => createPlan(samplePlan()));
  const [last, setLast] = useState<Change | null>(null);
  const onChange = (change: Change) => {
    history.apply(change);
    setLast(change);
  };
  return (
    <main className="tl-root">
      <p>
        React <output aria-label="React version">{version}</output>
      </p>
      <output aria-label="Last change">{last ? JSON.stringify(last) : 'No change yet'}</output>
      <RoadmapTimeline plan={history.plan} onChange={onChange} today="2026-11-25" />
      <BacklogList plan={history.plan} backlogIds={['backlog-product']} onChange={onChange} />
      <TraceabilityMatrix plan={history.plan} rows="initiatives" onChange={onChange} today="2026-11-25" />
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount the page in.');
createRoot(root).render(
  <StrictMode>
    <Host />
  </StrictMode>,
);
