import type { ItemKind } from '@throughline/core';
import type { ImportOptions, KindMapping, StatusMapping } from '../types.js';
import type { SourceRecord } from './record.js';
import type { ReportBuilder } from './report.js';
import { KIND_VALUES, KNOWN_KINDS, KNOWN_STATUSES, lookup, STATUS_CATEGORIES, STATUS_VALUES } from './vocabulary.js';

interface KindRead {
  readonly shown: string;
  /** Absent when nothing maps the type: the importer's default applies, record by record. */
  readonly kind?: KindMapping;
  readonly via: 'option' | 'name' | 'default';
}

/** A status and category read once: what to show, what it maps to and how (nothing when both are empty). */
interface StatusRead {
  readonly shown?: string;
  readonly status?: StatusMapping;
  readonly via?: 'option' | 'name' | 'category';
}

/**
 * Maps a record's issue type to a kind and its status to a status — options first, then built-in
 * names, then the status category — and tallies every value for the report. Each distinct value is
 * worked out once (an export has thousands of rows and a dozen values), so a row costs one lookup.
 */
export class ValueMapper {
  private readonly kindOption: ReadonlyMap<string, KindMapping>;
  private readonly statusOption: ReadonlyMap<string, StatusMapping>;
  private readonly kinds = new Map<string, KindRead>();
  private readonly statuses = new Map<string, Map<string, StatusRead>>();

  constructor(
    options: ImportOptions,
    private readonly report: ReportBuilder,
    private readonly fallbackKind: (record: SourceRecord) => ItemKind,
    private readonly builtInKinds: ReadonlyMap<string, KindMapping> = KNOWN_KINDS,
  ) {
    this.kindOption = lookup(options.issueTypes, KIND_VALUES);
    this.statusOption = lookup(options.statuses, STATUS_VALUES);
  }

  kind(record: SourceRecord): KindMapping {
    if (record.type === undefined) return this.fallbackKind(record);
    let read = this.kinds.get(record.type);
    if (read === undefined) {
      read = this.readKind(record.type);
      this.kinds.set(record.type, read);
    }
    // An unmapped type takes the importer's default, which may depend on the record (a sub-issue).
    const kind = read.kind ?? this.fallbackKind(record);
    this.report.issueTypes.add(read.shown, kind, read.via);
    return kind;
  }

  status(record: SourceRecord): StatusMapping | undefined {
    const raw = record.status ?? '';
    const category = record.statusCategory ?? '';
    let byCategory = this.statuses.get(raw);
    if (byCategory === undefined) {
      byCategory = new Map();
      this.statuses.set(raw, byCategory);
    }
    let read = byCategory.get(category);
    if (read === undefined) {
      read = this.readStatus(raw.trim(), category.trim().toLowerCase());
      byCategory.set(category, read);
    }
    if (read.shown === undefined) return undefined;
    this.report.statuses.add(read.shown, read.status, read.via);
    return read.status;
  }

  private readKind(type: string): KindRead {
    const name = type.trim().toLowerCase();
    const shown = type.trim() === '' ? '(empty)' : type.trim();
    const option = this.kindOption.get(name);
    if (option !== undefined) return { shown, kind: option, via: 'option' };
    const builtIn = this.builtInKinds.get(name) ?? KNOWN_KINDS.get(name);
    if (builtIn !== undefined) return { shown, kind: builtIn, via: 'name' };
    return { shown, via: 'default' };
  }

  private readStatus(raw: string, category: string): StatusRead {
    if (raw === '' && category === '') return {};
    const name = raw.toLowerCase();
    const shown = raw === '' ? '(empty)' : raw;
    const option = this.statusOption.get(name);
    if (option !== undefined) return { shown, status: option, via: 'option' };
    const builtIn = KNOWN_STATUSES.get(name);
    if (builtIn !== undefined) return { shown, status: builtIn, via: 'name' };
    const fromCategory = STATUS_CATEGORIES.get(category);
    if (fromCategory !== undefined) return { shown, status: fromCategory, via: 'category' };
    return { shown };
  }
}
