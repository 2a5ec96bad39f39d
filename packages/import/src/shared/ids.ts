/**
 * Ids are unique across the whole plan, and the import makes some (a sprint backlog, a release
 * horizon) beside the ones the tracker gives (issue keys). Tracker ids are reserved first and kept
 * exactly; a made id that would clash gets a counter: `sprint:Sprint 12 (2)`. Made ids are readable
 * names, never parsed: the report and the plan's own fields say what each entity is.
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** `taken` says whether the source already uses an id (the record ids, held by the caller). */
  constructor(private readonly taken: (id: string) => boolean) {}

  /** The ids this allocator made. */
  made(): ReadonlySet<string> {
    return this.used;
  }

  /** `wanted` when it is free, else the first free `wanted (n)`; the result is reserved. */
  make(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id) || this.taken(id); n++) id = `${wanted} (${n})`;
    this.used.add(id);
    return id;
  }
}
