import type { Page } from 'playwright-core';

/** The attributes that point at other elements of the page by id (each may list several). */
export const ID_REFERENCE_ATTRIBUTES = [
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'for',
  'list',
] as const;

/**
 * Each id reference in the page that points at no element, named by the element's opening tag and
 * the id it lacks: a label or description a screen reader would silently go without.
 */
export function danglingIdReferences(page: Page): Promise<string[]> {
  return page.evaluate((attributes) => {
    const found: string[] = [];
    for (const name of attributes)
      for (const element of document.querySelectorAll(`[${name}]`)) {
        const ids = (element.getAttribute(name) ?? '').split(/\s+/).filter((id) => id !== '');
        const tag = element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1);
        for (const id of ids)
          if (!document.getElementById(id)) found.push(`${tag.slice(0, 300)}: no element has the id "${id}"`);
      }
    return found;
  }, ID_REFERENCE_ATTRIBUTES);
}
