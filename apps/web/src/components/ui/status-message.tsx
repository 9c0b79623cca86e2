import { useCallback, useRef, type RefObject } from 'react';

export interface Notice {
  tone: 'success' | 'error';
  text: string;
}

/**
 * Result of an async action (saved, failed). The live regions stay mounted so
 * screen readers announce each new message; only their content changes.
 */
export function StatusMessage({ notice }: { notice: Notice | null }) {
  return (
    <div className="status-message">
      <div role="status">{notice?.tone === 'success' && <p className="alert alert--success">{notice.text}</p>}</div>
      <div role="alert">{notice?.tone === 'error' && <p className="alert alert--error">{notice.text}</p>}</div>
    </div>
  );
}

/**
 * After an action its button may be gone (a decision taken, a round deleted):
 * `show` sets the notice and takes the focus to its anchor, where screen
 * readers read it. Render the anchor with `NoticeAnchor`.
 */
export function useNoticeFocus(setNotice: (notice: Notice | null) => void): { anchor: RefObject<HTMLDivElement | null>; show: (notice: Notice) => void } {
  const anchor = useRef<HTMLDivElement>(null);
  const show = useCallback(
    (notice: Notice) => {
      setNotice(notice);
      requestAnimationFrame(() => anchor.current?.focus());
    },
    [setNotice],
  );
  return { anchor, show };
}

/** The focusable place of a page's notice (see useNoticeFocus). */
export function NoticeAnchor({ anchor, notice }: { anchor: RefObject<HTMLDivElement | null>; notice: Notice | null }) {
  return (
    <div ref={anchor} tabIndex={-1} className="notice-anchor">
      <StatusMessage notice={notice} />
    </div>
  );
}
