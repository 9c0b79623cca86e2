import { useId, useState, type ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import type { Statistics, UnitOption } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import type { PickerProps } from '../../../components/ui/picker-props';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useResultsTranslation } from '../../../i18n/results';
import { formatInstant } from '../../../lib/format-date';
import { useSession } from '../../../lib/session';
import { useStatistics } from '../api/get-statistics';
import { useStatisticsContest } from '../api/get-statistics-contest';
import { useStatisticsScope } from '../hooks/use-statistics-scope';
import { AttemptsPerDayChart } from './attempts-per-day-chart';
import { HeadlineFigures } from './headline-figures';
import { ParticipationBars } from './participation-bars';
import { ParticipationTable } from './participation-table';
import './statistics.css';

/** The unit of the scope as the picker shows it: the viewer's own, the one just picked, or its line in the figures. */
function scopeUnitOf(unitId: number | null, candidates: (UnitOption | null)[], statistics: Statistics | undefined): UnitOption | null {
  if (unitId === null) return null;
  const known = candidates.find((unit) => unit?.id === unitId);
  if (known) return known;
  const line = statistics?.participation.find((unit) => unit.unitId === unitId);
  return line ? { id: line.unitId, code: '', name: line.unit, kind: line.kind, parentName: null } : null;
}

function ParticipationSection({ id, title, lead, units, testId }: { id: string; title: string; lead?: string; units: Statistics['participation']; testId: string }) {
  return (
    <section className="statistics-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lead && <p>{lead}</p>}
      <ParticipationBars units={units} testId={`${testId}-bars`} />
      <ParticipationTable title={title} units={units} testId={`${testId}-table`} />
    </section>
  );
}

export interface StatisticsPageProps {
  /** The unit picker, given by the app (features do not import each other). */
  UnitPicker: ComponentType<PickerProps<UnitOption>>;
}

/**
 * /contests/:id/statistics (?round=, ?unit=) — public: attempts, entrants,
 * the share of perfect papers, participation per unit and per district, and
 * attempts per day, for the province or one unit's subtree. An organizer
 * starts from their own unit.
 */
export function StatisticsPage({ UnitPicker }: StatisticsPageProps) {
  const { t, rt, i18n } = useResultsTranslation();
  const { id } = useParams();
  const contestId = Number.isInteger(Number(id)) && Number(id) > 0 ? Number(id) : 0;
  const session = useSession();
  const scope = useStatisticsScope(session.user);
  const contest = useStatisticsContest(contestId);
  // Wait for the session: an organizer's first figures are their own unit's, not the province's.
  const statistics = useStatistics(session.status === 'restoring' ? 0 : contestId, { roundId: scope.roundId, unitId: scope.unitId });
  const data = statistics.data;
  const pickerId = useId();

  const [picked, setPicked] = useState<UnitOption | null>(null);
  const scopeUnit = scopeUnitOf(scope.unitId, [scope.ownUnit, picked], data);
  // What the picker holds; typing over a unit empties it without changing the figures until another unit is picked.
  const [pickerValue, setPickerValue] = useState<UnitOption | null>(scopeUnit);
  const [pickerKey, setPickerKey] = useState(0);
  const [syncedId, setSyncedId] = useState<number | null>(scopeUnit?.id ?? null);
  const scopeUnitId = scopeUnit?.id ?? null;
  if (syncedId !== scopeUnitId) {
    // The scope changed from outside the picker (the address, the reset button, a name just learnt): show it there.
    setSyncedId(scopeUnitId);
    if ((pickerValue?.id ?? null) !== scopeUnitId) {
      setPickerValue(scopeUnit);
      setPickerKey((key) => key + 1);
    }
  }

  const pickUnit = (unit: UnitOption | null) => {
    setPickerValue(unit);
    if (!unit) return;
    setPicked(unit);
    scope.setUnit(unit);
  };
  const wholeProvince = () => {
    setPickerValue(null);
    setPickerKey((key) => key + 1);
    scope.setUnit(null);
  };

  const rounds = (contest.data?.rounds ?? []).filter((round) => !round.practice).sort((a, b) => a.position - b.position);
  const roundOptions = [{ value: '', label: rt('statistics.allRounds') }, ...rounds.map((round) => ({ value: String(round.id), label: round.title }))];
  const round = rounds.find((r) => r.id === scope.roundId);
  const scopeText =
    scope.unitId === null
      ? rt('statistics.scopeProvince')
      : scopeUnit
        ? rt(scope.ownUnit ? 'statistics.scopeUnitMine' : 'statistics.scopeUnit', { unit: scopeUnit.name })
        : null;
  const resultsLink = scope.roundId ? `/rounds/${scope.roundId}/results?contest=${contestId}` : `/contests/${contestId}/results`;
  const leaderboardLink = scope.roundId ? `/rounds/${scope.roundId}/leaderboard?contest=${contestId}` : `/contests/${contestId}/leaderboard`;

  return (
    <div className="page statistics-page">
      <PageHeader title={round ? `${rt('statistics.title')} — ${round.title}` : rt('statistics.title')} lead={contest.data ? rt('statistics.lead', { contest: contest.data.title }) : undefined} />

      <section className="statistics-filters" aria-labelledby="statistics-filters">
        <h2 id="statistics-filters" className="visually-hidden">
          {rt('statistics.filters')}
        </h2>
        {rounds.length > 0 && (
          <SelectField
            id={`${pickerId}-round`}
            name="round"
            label={rt('statistics.round')}
            options={roundOptions}
            value={scope.roundId === null ? '' : String(scope.roundId)}
            onChange={(event) => scope.setRound(event.target.value ? Number(event.target.value) : null)}
          />
        )}
        <UnitPicker key={pickerKey} id={`${pickerId}-unit`} name="unit" label={rt('statistics.unit')} hint={rt('statistics.unitHint')} value={pickerValue} onChange={pickUnit} optional />
        {scope.unitId !== null && (
          <Button variant="secondary" onClick={wholeProvince}>
            {rt('statistics.wholeProvince')}
          </Button>
        )}
      </section>
      {scopeText && (
        <p className="statistics-scope" data-testid="statistics-scope">
          {scopeText}
        </p>
      )}

      {statistics.isPending ? (
        <Spinner />
      ) : !data ? (
        <Alert tone="error" title={rt('statistics.loadFailed')}>
          <p>{errorMessage(t, statistics.error)}</p>
          <p>
            <Button variant="secondary" onClick={() => void statistics.refetch()}>
              {rt('common.retry')}
            </Button>
          </p>
        </Alert>
      ) : (
        <div className="statistics-body" aria-busy={statistics.isPlaceholderData || undefined} data-testid="statistics-body">
          {statistics.isError && <Alert tone="error" title={errorMessage(t, statistics.error)} />}
          <p className="statistics-loading" role="status">
            {statistics.isPlaceholderData ? rt('common.loading') : ''}
          </p>
          <HeadlineFigures statistics={data} />
          {data.attempts === 0 && <p>{rt('statistics.empty')}</p>}

          <section className="statistics-section" aria-labelledby="statistics-days">
            <h2 id="statistics-days">{rt('statistics.perDayTitle')}</h2>
            <AttemptsPerDayChart days={data.attemptsPerDay} />
          </section>

          {data.districts.length > 0 && (
            <ParticipationSection id="statistics-districts" title={rt('statistics.districtsTitle')} lead={rt('statistics.districtsLead')} units={data.districts} testId="districts" />
          )}
          {data.participation.length > 0 && (
            <ParticipationSection id="statistics-units" title={rt('statistics.participationTitle')} units={data.participation} testId="units" />
          )}
          <p className="muted">{rt('statistics.asOf', { at: formatInstant(data.asOf, i18n.language) })}</p>
        </div>
      )}

      <ul className="statistics-links">
        <li>
          <Link to={resultsLink}>{rt('statistics.results')}</Link>
        </li>
        <li>
          <Link to={leaderboardLink}>{rt('statistics.leaderboard')}</Link>
        </li>
        <li>
          <Link to={`/contests/${contestId}`}>{rt('common.backToContest')}</Link>
        </li>
      </ul>
    </div>
  );
}
