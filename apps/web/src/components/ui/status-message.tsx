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
