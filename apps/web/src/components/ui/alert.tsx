import type { ReactNode, Ref } from 'react';

export type AlertTone = 'error' | 'success' | 'info';

export interface AlertProps {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Focus target after a failed submit. */
  ref?: Ref<HTMLDivElement>;
}

/** A message box. Errors are announced assertively, the rest politely. */
export function Alert({ tone, title, children, ref }: AlertProps) {
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
