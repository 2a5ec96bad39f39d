import type { ImportOptions } from '../types.js';

/** Options for `importJiraCsv`, beyond the ones every importer takes. */
export interface JiraImportOptions extends ImportOptions {
  /** The site's address (`https://acme.atlassian.net`): each item's `url` becomes `${baseUrl}/browse/KEY`. */
  readonly baseUrl?: string;
  /**
   * What becomes an initiative: issues of type Initiative (`'issues'`, the default), every Epic
   * (`'epics'`: its children link to it as their initiative), or each item's first Component or
   * Label (`'components'`, `'labels'`).
   */
  readonly initiativesFrom?: 'issues' | 'epics' | 'components' | 'labels';
  /** Themes from each initiative's first Component or Label; none by default. */
  readonly themesFrom?: 'components' | 'labels';
  /** Backlog order: the file's (default) or Jira's Rank column (LexoRank, sorted as text). */
  readonly order?: 'file' | 'rank';
}
