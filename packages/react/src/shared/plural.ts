/** The forms of one word by plural category; `other` is required, as in every language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a word that goes with `count`, chosen by the language's plural rules
 * (`Intl.PluralRules`), falling back to `other` when the language's category has no form given.
 * The default messages are English, so their rules are English whatever the view's `locale`
 * (which formats the number itself); a translation passes its own language.
 *
 * @example
 * plural(1, { one: 'item', other: 'items' });              // 'item'
 * plural(0, { one: 'item', other: 'items' });              // 'items'
 * plural(3, { one: 'plik', few: 'pliki', many: 'plików', other: 'pliku' }, 'pl'); // 'pliki'
 */
export function plural(count: number, forms: PluralForms, language = 'en'): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
