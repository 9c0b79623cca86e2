import { RegisterPage } from '../../features/auth/components/register-page';
import { UnitCombobox } from '../../features/units/components/unit-combobox';

/** The app composes features: registration gets its unit picker from the units feature. */
export function RegisterRoute() {
  return <RegisterPage UnitPicker={UnitCombobox} />;
}
