/**
 * The common shape every importer reads its source into: one record per issue, with the values as
 * the source spelled them. `assemble` turns records into plan input, so every importer maps kinds,
 * statuses, dates, parents, sprints, releases and initiatives by the same rules.
 */

/** A named group of issues (a sprint, a release, a project, a component): `key` tells groups apart. */
export interface SourceGroup {
  readonly key: string;
  readonly title: string;
  /** The tracker's own id for it (Linear's Project ID), used as the plan id when free. */
  readonly id?: string;
}

export interface DatedGroup extends SourceGroup {
  /** Raw dates, read like the issue's own. */
  readonly start?: string;
  readonly end?: string;
}

export interface SourceRecord {
  /** Spreadsheet row (CSV) or array index (JSON), for the report. */
  readonly row: number;
  readonly id: string;
  readonly title: string;
  /** Other names the tracker uses for this issue in references (Jira's numeric Issue id, an API url). */
  readonly altIds?: readonly string[];
  /** Issue type or kind label; undefined when the source has none. */
  readonly type?: string;
  readonly status?: string;
  /** A coarser status the source also gives (Jira's Status Category), or one read from dates. */
  readonly statusCategory?: string;
  /** Candidate parent references, best first (Parent, Parent id, Epic Link). */
  readonly parents?: readonly string[];
  readonly estimate?: string;
  readonly labels?: readonly string[];
  readonly description?: string;
  readonly url?: string;
  /** A sortable rank (Jira's LexoRank), for `order: 'rank'`. */
  readonly rank?: string;
  /** The tracker's priority name, kept as `sourcePriority`. */
  readonly priority?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly due?: string;
  readonly resolvedAt?: string;
  /** Planned start (initiatives). */
  readonly start?: string;
  readonly sprint?: DatedGroup;
  readonly releases?: readonly DatedGroup[];
  /** The initiative this issue serves when it is a group (a component, a label, a Linear project). */
  readonly initiative?: SourceGroup;
  /** The theme of this initiative. */
  readonly theme?: SourceGroup;
  /** Goals this initiative serves (Linear initiatives). */
  readonly goals?: readonly SourceGroup[];
  readonly milestone?: DatedGroup;
  /** The source says this issue has sub-issues (GitHub's `sub_issues_summary`). */
  readonly hasChildren?: boolean;
}

/** A record while a reader fills it in. */
export type RecordDraft = { -readonly [K in keyof SourceRecord]: SourceRecord[K] };
