import { AdminUsersPage } from '../../features/admin-users/components/admin-users-page';
import { UnitCombobox } from '../../features/units/components/unit-combobox';

/** The users page filters by unit with the units feature's picker. */
export function AdminUsersRoute() {
  return <AdminUsersPage UnitPicker={UnitCombobox} />;
}
