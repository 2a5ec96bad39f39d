'use client';
import {
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  KeyboardSensor,
  type MeasuringConfiguration,
  type Over,
  PointerSensor,
  type SensorDescriptor,
  type SensorOptions,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type Change, dropChange, dropLanding, dropOnTarget, getPlanIndex, type Plan } from '@throughline/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { measureDraggedOnce } from './dragMeasuring.js';
import { keyboardDrag } from './keyboardCoordinates.js';
import type { BacklogListMessages } from './messages.js';
import { type RowRef, rowOf, targetOf } from './rowKeys.js';
import { titles } from './useBacklogMoves.js';
import type { Refocus } from './useRefocus.js';

export interface BacklogDragOptions {
  readonly plan: Plan;
  readonly messages: BacklogListMessages;
  readonly n: (value: number) => string;
  /** The items a gesture on one row moves: the row alone, or its backlog's selection. */
  readonly moving: (row: RowRef) => readonly string[];
  /** Where a row is in the list shown (filtered, grouped), for focus after it leaves. */
  readonly shownIndex: (row: RowRef) => number;
  readonly emit: (change: Change | undefined, focus?: Refocus) => void;
}

export interface BacklogDrag {
  readonly sensors: SensorDescriptor<SensorOptions>[];
  readonly collisionDetection: CollisionDetection;
  readonly measuring: MeasuringConfiguration;
  readonly onDragStart: () => void;
  readonly onDragEnd: (event: DragEndEvent) => void;
  readonly announcements: Announcements;
}

/**
 * Pointer, touch and keyboard dragging over dnd-kit: the sensors, what a drop does and what a
 * screen reader hears at each step. Active and over elements carry `{ backlogId, itemId }` in
 * their `data`, read as they are; where a drop lands is core's `dropOnTarget` and `dropLanding`,
 * worked out from the backlogs' order without applying a change on every step.
 *
 * @example
 * const { sensors, onDragEnd, announcements, ...rest } = useBacklogDrag({ plan, messages, n, moving, shownIndex, emit });
 * <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements }} {...rest} />
 */
export function useBacklogDrag(options: BacklogDragOptions): BacklogDrag {
  const [keyboard] = useState(keyboardDrag);
  const [measured] = useState(measureDraggedOnce);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // Each arrow scrolls the list at once, before the step, and Home, End, Page Up and Page Down
    // move in the list's terms (see keyboardDrag): a scroll per step left to the sensor kept the
    // item, and what a screen reader hears about it, waiting on the scroll event; a smooth one on
    // an animation too, rendering the window on every frame of it.
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinates, scrollBehavior: 'auto' }),
  );
  const onDragStart = useCallback(() => {
    keyboard.reset();
    measured.reset();
  }, [keyboard, measured]);
  // dnd-kit reads announcements and handlers when it calls them: one identity, the latest values.
  const latest = useRef(options);
  latest.current = options;

  const handlers = useMemo(() => {
    /** The drop a target means for the row being dragged. */
    const dropFor = (activeNode: Active, overNode: Over | null) => {
      const active = rowOf(activeNode);
      const over = targetOf(overNode);
      if (!active || !over) return undefined;
      const { plan, moving } = latest.current;
      const itemIds = moving(active);
      return { active, drop: dropOnTarget(plan, { backlogId: active.backlogId, itemIds }, active.itemId, over) };
    };
    const landing = (activeNode: Active, overNode: Over | null) => {
      const found = dropFor(activeNode, overNode);
      if (!found) return undefined;
      const land = dropLanding(latest.current.plan, found.drop, found.active.itemId);
      return land ? { ...land, active: found.active, count: found.drop.itemIds.length } : undefined;
    };
    const positionOf = ({ backlogId, itemId }: RowRef) => {
      const list = getPlanIndex(latest.current.plan).backlogs.get(backlogId)?.itemIds ?? [];
      return { position: list.indexOf(itemId) + 1, total: list.length };
    };
    /** Over its own place (back at the top after End, say): it would stay where it is. */
    const stays = (activeNode: Active, overNode: Over | null) => {
      const row = rowOf(activeNode);
      const over = targetOf(overNode);
      if (!row || over?.backlogId !== row.backlogId || over.itemId !== row.itemId) return undefined;
      return { ...positionOf(row), backlogId: row.backlogId, active: row };
    };
    // A drag's first target is the row's own place, which its pick-up already said.
    let moved = false;
    const cancelled = (activeNode: Active) => {
      const row = rowOf(activeNode);
      if (!row) return undefined;
      const { plan, messages, n } = latest.current;
      const name = titles(plan);
      return messages.cancelled(name.item(row.itemId), n(positionOf(row).position), name.backlog(row.backlogId));
    };

    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        moved = false;
        const row = rowOf(active);
        if (!row) return undefined;
        const { plan, messages, n } = latest.current;
        const name = titles(plan);
        const { position, total } = positionOf(row);
        return messages.pickedUp(name.item(row.itemId), n(position), n(total), name.backlog(row.backlogId));
      },
      onDragOver: ({ active, over }) => {
        const land = landing(active, over) ?? (moved ? stays(active, over) : undefined);
        moved = true;
        if (!land) return undefined;
        const { plan, messages, n } = latest.current;
        const name = titles(plan);
        return messages.over(
          name.item(land.active.itemId),
          n(land.position),
          n(land.total),
          name.backlog(land.backlogId),
        );
      },
      onDragEnd: ({ active, over }) => {
        const land = landing(active, over);
        if (!land) return cancelled(active);
        const { plan, messages, n } = latest.current;
        const name = titles(plan);
        return land.count > 1
          ? messages.movedMany(n(land.count), name.backlog(land.backlogId), land.count)
          : messages.moved(
              name.item(land.active.itemId),
              n(land.position),
              n(land.total),
              name.backlog(land.backlogId),
            );
      },
      onDragCancel: ({ active }) => cancelled(active),
    };

    const onDragEnd = ({ active, over }: DragEndEvent) => {
      const found = dropFor(active, over);
      if (!found) return;
      const { plan, emit, shownIndex } = latest.current;
      emit(dropChange(plan, found.drop), {
        itemId: found.active.itemId,
        backlogId: found.drop.toBacklogId,
        part: 'handle',
        fromBacklogId: found.active.backlogId,
        fromIndex: Math.max(0, shownIndex(found.active)),
      });
    };
    return { announcements, onDragEnd };
  }, []);

  return {
    sensors,
    collisionDetection: keyboard.collisionDetection,
    measuring: measured.measuring,
    onDragStart,
    ...handlers,
  };
}
