import type { ItemKind, PlanInput } from '@throughline/core';
import type { StatusMapping } from '../types.js';
import { toIsoDate } from './dates.js';
import type { IdAllocator } from './ids.js';
import type { DatedGroup, SourceGroup, SourceRecord } from './record.js';
import type { ReportBuilder } from './report.js';

/** A record the import keeps, with its mapped kind and status. */
export interface Entry {
  readonly record: SourceRecord;
  readonly kind: ItemKind | 'initiative';
  readonly status: StatusMapping | undefined;
}

type Initiative = NonNullable<PlanInput['initiatives']>[number];
type Backlog = NonNullable<PlanInput['backlogs']>[number];
type Horizon = NonNullable<PlanInput['horizons']>[number];
type Milestone = NonNullable<PlanInput['milestones']>[number];

interface Bucket {
  readonly id: string;
  readonly title: string;
  readonly start?: string;
  readonly end?: string;
  readonly itemIds: string[];
}

interface GroupInitiative {
  readonly initiative: Initiative;
  readonly statuses: Set<StatusMapping | undefined>;
}

interface MilestoneBucket {
  readonly id: string;
  readonly title: string;
  readonly date?: string;
  latestDue?: string;
  readonly initiativeIds: Set<string>;
}

/**
 * The groups records name — sprints, releases, initiatives made from a component, label or project,
 * themes, goals, milestones — each made once, in first-seen order, with an id that is unique in
 * the plan. Dates of a group are read once, where it is first seen.
 */
export class Groups {
  private readonly sprints = new Map<string, Bucket>();
  private readonly releases = new Map<string, Bucket & { readonly horizonId: string; readonly first: number }>();
  private readonly initiatives = new Map<string, GroupInitiative>();
  private readonly themes = new Map<string, { id: string; title: string }>();
  private readonly goals = new Map<string, { id: string; title: string }>();
  private readonly milestones = new Map<string, MilestoneBucket>();

  constructor(
    private readonly ids: IdAllocator,
    private readonly report: ReportBuilder,
    private readonly goalsAs: 'goals' | 'themes',
    private readonly dayFirst: boolean,
  ) {}

  /** The id of the initiative a record's group makes (creating it on first sight), if any. */
  initiativeOf(entry: Entry): string | undefined {
    const group = entry.record.initiative;
    if (group === undefined) return undefined;
    let made = this.initiatives.get(group.key);
    if (made === undefined) {
      const initiative: Initiative = { id: this.ids.make(group.id ?? `initiative:${group.title}`), title: group.title };
      made = { initiative, statuses: new Set() };
      this.initiatives.set(group.key, made);
    }
    made.statuses.add(entry.status);
    this.linkInitiative(made.initiative, entry);
    return made.initiative.id;
  }

  /** Gives an initiative the theme and goals its record names (the first theme wins). */
  linkInitiative(initiative: Initiative, entry: Entry): void {
    const { theme, goals = [] } = entry.record;
    if (theme !== undefined && initiative.themeId === undefined)
      initiative.themeId = this.named(this.themes, theme, 'theme');
    for (const goal of goals) {
      if (this.goalsAs === 'themes') {
        const id = this.named(this.themes, goal, 'theme');
        if (initiative.themeId === undefined) initiative.themeId = id;
        continue;
      }
      const id = this.named(this.goals, goal, 'goal');
      const goalIds = initiative.goalIds ?? [];
      if (!goalIds.includes(id)) initiative.goalIds = [...goalIds, id];
    }
  }

  /** Puts an item in its sprint and release backlogs and under its milestone. */
  addItem(entry: Entry, due: string | undefined): void {
    const { record } = entry;
    if (record.sprint !== undefined) this.bucket(this.sprints, record.sprint, 'sprint', entry).itemIds.push(record.id);
    for (const release of record.releases ?? []) {
      let bucket = this.releases.get(release.key);
      if (bucket === undefined) {
        const made = this.bucket(new Map(), release, 'release', entry);
        bucket = { ...made, horizonId: this.ids.make(`release:${release.title}`), first: this.releases.size };
        this.releases.set(release.key, bucket);
      }
      bucket.itemIds.push(record.id);
    }
    const milestone = record.milestone;
    if (milestone !== undefined) {
      let bucket = this.milestones.get(milestone.key);
      if (bucket === undefined) {
        const date = this.date(milestone.end, entry, 'milestone date');
        bucket = {
          id: this.ids.make(`milestone:${milestone.title}`),
          title: milestone.title,
          initiativeIds: new Set(),
        };
        if (date !== undefined) bucket = { ...bucket, date };
        this.milestones.set(milestone.key, bucket);
      }
      if (due !== undefined && (bucket.latestDue === undefined || due > bucket.latestDue)) bucket.latestDue = due;
      const initiative = record.initiative && this.initiatives.get(record.initiative.key)?.initiative.id;
      if (initiative) bucket.initiativeIds.add(initiative);
    }
  }

  /** Re-orders the items of every sprint and release (for rank order). */
  sortItems(compare: (a: string, b: string) => number): void {
    for (const sprint of this.sprints.values()) sprint.itemIds.sort(compare);
    for (const release of this.releases.values()) release.itemIds.sort(compare);
  }

  /** The collections the groups make; items were added in backlog order, so backlogs keep it. */
  finish(recordInitiatives: Initiative[]): PlanInput {
    const backlogs: Backlog[] = [];
    for (const sprint of this.sprints.values()) {
      const backlog: Backlog = { id: sprint.id, title: sprint.title, kind: 'sprint', itemIds: sprint.itemIds };
      if (sprint.start !== undefined) backlog.start = sprint.start;
      if (sprint.end !== undefined) backlog.end = sprint.end;
      backlogs.push(backlog);
    }
    // Releases in date order when they have one (GitHub milestones' due dates), else as first seen.
    const releases = [...this.releases.values()].sort(
      (a, b) => (a.end ?? '\uffff').localeCompare(b.end ?? '\uffff') || a.first - b.first,
    );
    const horizons: Horizon[] = releases.map((release, order) => {
      const horizon: Horizon = { id: release.horizonId, title: release.title, kind: 'release', order };
      if (release.end !== undefined) horizon.end = release.end;
      return horizon;
    });
    for (const release of releases) {
      const itemIds = release.itemIds;
      backlogs.push({ id: release.id, title: release.title, kind: 'release', itemIds, horizonId: release.horizonId });
    }
    const initiatives = [...recordInitiatives];
    for (const { initiative, statuses } of this.initiatives.values()) {
      const status = rollUp(statuses);
      if (status !== undefined) initiative.status = status;
      initiatives.push(initiative);
    }
    const milestones: Milestone[] = [];
    for (const m of this.milestones.values()) {
      const date = m.date ?? m.latestDue;
      if (date === undefined) {
        this.report.notes.push(
          `Milestone '${m.title}' has no date in the export (nor any due date among its issues); it was left out.`,
        );
        continue;
      }
      milestones.push({ id: m.id, title: m.title, date, kind: 'other', initiativeIds: [...m.initiativeIds] });
    }
    const input: PlanInput = { backlogs };
    if (initiatives.length > 0) input.initiatives = initiatives;
    if (this.themes.size > 0) input.themes = [...this.themes.values()];
    if (this.goals.size > 0) input.goals = [...this.goals.values()];
    if (horizons.length > 0) input.horizons = horizons;
    if (milestones.length > 0) input.milestones = milestones;
    return input;
  }

  private named(map: Map<string, { id: string; title: string }>, group: SourceGroup, prefix: string): string {
    let made = map.get(group.key);
    if (made === undefined) {
      made = { id: this.ids.make(group.id ?? `${prefix}:${group.title}`), title: group.title };
      map.set(group.key, made);
    }
    return made.id;
  }

  private bucket(map: Map<string, Bucket>, group: DatedGroup, prefix: 'sprint' | 'release', entry: Entry): Bucket {
    let bucket = map.get(group.key);
    if (bucket !== undefined) return bucket;
    const id = this.ids.make(prefix === 'release' ? `release-backlog:${group.title}` : `sprint:${group.title}`);
    const start = this.date(group.start, entry, `${prefix} start`);
    const end = this.date(group.end, entry, `${prefix} end`);
    bucket = { id, title: group.title, itemIds: [], ...(start && { start }), ...(end && { end }) };
    map.set(group.key, bucket);
    return bucket;
  }

  private date(raw: string | undefined, entry: Entry, field: string): string | undefined {
    if (raw === undefined || raw.trim() === '') return undefined;
    const iso = toIsoDate(raw, this.dayFirst);
    if (iso === undefined) {
      const { row, id } = entry.record;
      this.report.field(row, id, field, raw, `'${raw}' is not a date this import reads; the ${field} was left out.`);
    }
    return iso;
  }
}

/** An initiative's status from its issues': all closed → done (all canceled → dropped), any started → in progress. */
function rollUp(statuses: ReadonlySet<StatusMapping | undefined>): Initiative['status'] {
  const known = [...statuses].filter((s): s is StatusMapping => s !== undefined);
  if (known.length === 0) return undefined;
  if (known.every((s) => s === 'canceled')) return 'dropped';
  if (known.every((s) => s === 'done' || s === 'canceled')) return 'done';
  if (known.some((s) => s !== 'todo')) return 'in-progress';
  return 'planned';
}
