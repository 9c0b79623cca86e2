import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value lines: stacked on a phone, side by side from 36 rem. */
export function JuryFacts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="jury-facts">
      {facts.map((fact) => (
        <div className="jury-facts__row" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
