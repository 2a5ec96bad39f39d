import { type ReactNode, useEffect, useState } from 'react';

/**
 * Draws its children as they are, and calls `onSettled` once the render that hydration's own
 * effects asked for has committed: what a view mounts only in the browser (dnd-kit's drag
 * instructions, say) is in the page by then. The server renders it too, so both trees match.
 */
export function Settled({ children, onSettled }: { children: ReactNode; onSettled?: () => void }) {
  // Set from an effect of the hydrating render, so React renders it with the updates the
  // children's effects made in that same pass.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    if (hydrated) onSettled?.();
    else setHydrated(true);
  }, [hydrated, onSettled]);
  return children;
}
