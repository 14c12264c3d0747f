// The line under a table where a row is added by typing: Enter adds it, ↑ goes back to the grid.
// What is typed (a 科目 code or a project name) and what follows an addition stay with the caller.
import type { ClipboardEvent, ReactNode, RefObject } from 'react';

interface Props {
  /** The words before the input (添加科目：). */
  readonly label: string;
  readonly ariaLabel: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: () => void;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onLeaveUp: () => void;
  readonly list?: string;
  readonly inputMode?: 'numeric';
  readonly onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
  /** What follows the input on the line. */
  readonly children?: ReactNode;
}

export function AddRowInput({ label, ariaLabel, placeholder, value, onChange, onSubmit, inputRef, onLeaveUp, list, inputMode, onPaste, children }: Props) {
  return (
    <div className="add-row">
      <label>
        {label}
        <input
          ref={inputRef}
          list={list}
          value={value}
          inputMode={inputMode}
          placeholder={placeholder}
          aria-label={ariaLabel}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSubmit();
            } else if (e.key === 'ArrowUp' && !e.altKey) {
              e.preventDefault();
              onLeaveUp();
            }
          }}
          onPaste={onPaste}
        />
      </label>
      {children}
    </div>
  );
}
