import type { ReactNode } from 'react';
import './badge.css';

/** open/upcoming/closed: where a contest or round stands; practice: unranked; warning, success, neutral: the rest. */
export type BadgeTone = 'open' | 'upcoming' | 'closed' | 'practice' | 'live' | 'warning' | 'success' | 'neutral';

/** A short label in a pill. The words carry the meaning; the colour only repeats it. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
