// Type-checked with Node's own module resolution and no source condition: only the shipped
// declarations are visible, exactly as in a host app.
import { ITEM_KINDS, type ItemKind } from '@throughline/core';
import { type ThemeToken, themeTokens } from '@throughline/react';

const kind: ItemKind = ITEM_KINDS[0];
const token: ThemeToken | undefined = themeTokens[0];
export const summary: string = `${kind} ${token?.name ?? ''}`;
