export type { ThemeToken, ThemeTokenGroup } from './theme/tokens.js';
export { themeTokens } from './theme/tokens.js';
