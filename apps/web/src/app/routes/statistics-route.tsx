import { StatisticsPage } from '../../features/statistics/components/statistics-page';
import { UnitCombobox } from '../../features/units/components/unit-combobox';

/** The app composes features: the statistics page gets its unit filter from the units feature. */
export function StatisticsRoute() {
  return <StatisticsPage UnitPicker={UnitCombobox} />;
}
