import { sampleBaseline } from '@throughline/core/sample';
import { usePlanHistory } from '../history/usePlanHistory.js';
import { LastChange, storyPlan, storyPlanProp } from '../shared/PlanHost.story.js';
import { useBaseline } from '../shared/useBaseline.js';
import { RoadmapTimeline, type RoadmapTimelineProps } from './RoadmapTimeline.js';

/** The sample plan at its last quarterly review: one snapshot for every story, so each draws the same. */
const lastQuarter = sampleBaseline();

/**
 * RoadmapTimeline as a host compares it with last quarter: changes kept in a plan history, the
 * plan of the moment compared with the snapshot through `useBaseline`, the last change printed.
 */
export function TimelineBaselineHost(props: RoadmapTimelineProps) {
  const history = usePlanHistory(() => storyPlan(props.plan));
  const baseline = useBaseline(history.plan, lastQuarter);
  return (
    <>
      <RoadmapTimeline
        {...props}
        plan={storyPlanProp(history, props.plan)}
        baseline={baseline}
        onChange={(change, next) => {
          history.apply(change);
          props.onChange?.(change, next);
        }}
      />
      <LastChange history={history} />
    </>
  );
}
