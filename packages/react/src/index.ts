export type { BacklogListProps, BacklogListSlot } from './BacklogList/BacklogList.js';
export { BacklogList } from './BacklogList/BacklogList.js';
export type { BacklogListMessages } from './BacklogList/messages.js';
export { defaultBacklogListMessages } from './BacklogList/messages.js';
export type { ThemeToken, ThemeTokenGroup } from './theme/tokens.js';
export { themeTokens } from './theme/tokens.js';
