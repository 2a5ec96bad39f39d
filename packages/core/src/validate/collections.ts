import type { PlanRefKind } from '../model/types.js';
import type { PlanCollection } from './salvageTypes.js';

/** The plan's collections and how to read raw host data defensively; shared by the checks and salvage. */

export type Collection = PlanCollection;
export type Raw = Record<string, unknown>;

export const COLLECTIONS: readonly Collection[] = [
  'goals',
  'themes',
  'initiatives',
  'features',
  'milestones',
  'horizons',
  'items',
  'backlogs',
];

/** The kind of thing each collection holds, as a `PlanRef` names it (and as messages say it). */
export const SINGULAR: Readonly<Record<Collection, PlanRefKind>> = {
  goals: 'goal',
  themes: 'theme',
  initiatives: 'initiative',
  features: 'feature',
  milestones: 'milestone',
  horizons: 'horizon',
  items: 'item',
  backlogs: 'backlog',
};

export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isCollection = (key: unknown): key is Collection =>
  typeof key === 'string' && (COLLECTIONS as readonly string[]).includes(key);
