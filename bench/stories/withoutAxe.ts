// The a11y addon runs axe after every story it shows; on benchmark pages that would be timed too.
export const withoutAxe = {
  parameters: { a11y: { disable: true, test: 'off' } },
  globals: { a11y: { manual: true } },
} as const;
