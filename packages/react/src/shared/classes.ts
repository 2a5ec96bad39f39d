/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/**
 * The class for one part of a component: the default `tl-` class (dropped when `unstyled`) plus
 * whatever the host gives for that slot.
 */
export function slotClass<S extends string>(
  slot: S,
  defaults: Record<S, string>,
  classNames: Partial<Record<S, string>> | undefined,
  unstyled: boolean | undefined,
): string | undefined {
  return cx(unstyled ? undefined : defaults[slot], classNames?.[slot]);
}
