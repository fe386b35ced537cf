// A button whose action needs a second yes, in a modal dialog that says what will go (focus moves into it and
// Escape closes it, as a native <dialog> does).
import { type ReactNode, useRef } from 'react';

interface Props {
  label: string;
  /** the dialog's title */
  title: string;
  /** what will happen, in words */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}

export function ConfirmButton({ label, title, children, confirmLabel, onConfirm, disabled, className }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `confirm-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <>
      <button
        type="button"
        className={className ?? 'danger'}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <div>{children}</div>
        <div className="actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
