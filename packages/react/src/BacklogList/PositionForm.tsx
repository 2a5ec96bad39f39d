'use client';
import { useEffect, useId, useRef, useState } from 'react';

export interface PositionFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly cancelLabel: string;
  readonly max: number;
  readonly initial: number;
  readonly onSubmit: (position: number) => void;
  readonly onCancel: () => void;
  readonly className?: string | undefined;
}

/** "Move to position…": a number from 1 to the backlog's length; Enter moves, Escape cancels. */
export function PositionForm({
  label,
  submitLabel,
  cancelLabel,
  max,
  initial,
  onSubmit,
  onCancel,
  className,
}: PositionFormProps) {
  const [value, setValue] = useState(String(initial));
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const position = Math.round(Number(value));
  const valid = Number.isFinite(position) && position >= 1 && position <= max;
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(position);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        value={value}
        aria-invalid={!valid}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onCancel();
        }}
      />
      <button type="submit" disabled={!valid}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </form>
  );
}
