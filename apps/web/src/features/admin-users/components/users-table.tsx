import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type UserSummary } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';

export type UserAction =
  | { kind: 'role'; user: UserSummary; role: Role }
  | { kind: 'deactivate'; user: UserSummary }
  | { kind: 'activate'; user: UserSummary }
  | { kind: 'revoke'; user: UserSummary };

interface UsersTableProps {
  users: readonly UserSummary[];
  currentUserId: string | null;
  onAction: (action: UserAction) => void;
}

function UserRow({ user, isSelf, onAction }: { user: UserSummary; isSelf: boolean; onAction: (action: UserAction) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const roleSelectId = `user-${user.id}-role`;
  const forUser = <VisuallyHidden> {t('adminUsers.forUser', { name: user.fullName })}</VisuallyHidden>;

  return (
    <tr>
      <th scope="row">
        {user.fullName}
        {isSelf && <span className="muted"> ({t('common.you')})</span>}
      </th>
      <td>
        {user.phone && <div>{user.phone}</div>}
        {user.email && <div className="break">{user.email}</div>}
      </td>
      <td>
        {user.unit?.name}
        {user.unit?.parentName && <div className="muted">{user.unit.parentName}</div>}
        {user.category && <div className="muted">{t(`categories.${user.category}`)}</div>}
      </td>
      <td>{t(`roles.${user.role}`)}</td>
      <td>
        <span className={`badge badge--${user.status}`}>{t(`userStatuses.${user.status}`)}</span>
      </td>
      <td>
        {isSelf ? (
          <p className="muted">{t('adminUsers.ownAccount')}</p>
        ) : (
          <div className="row-actions">
            <div className="row-actions__role">
              <label htmlFor={roleSelectId} className="visually-hidden">
                {t('adminUsers.roleOf', { name: user.fullName })}
              </label>
              <select id={roleSelectId} className="select" value={role} onChange={(event) => setRole(event.target.value as Role)}>
                {ROLES.map((option) => (
                  <option key={option} value={option}>
                    {t(`roles.${option}`)}
                  </option>
                ))}
              </select>
              <Button variant="secondary" disabled={role === user.role} onClick={() => onAction({ kind: 'role', user, role })}>
                {t('adminUsers.saveRole')}
                {forUser}
              </Button>
            </div>
            {user.status === 'active' ? (
              <Button variant="secondary" onClick={() => onAction({ kind: 'deactivate', user })}>
                {t('adminUsers.deactivate')}
                {forUser}
              </Button>
            ) : (
              <Button variant="secondary" onClick={() => onAction({ kind: 'activate', user })}>
                {t('adminUsers.activate')}
                {forUser}
              </Button>
            )}
            <Button variant="secondary" onClick={() => onAction({ kind: 'revoke', user })}>
              {t('adminUsers.revokeSessions')}
              {forUser}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}

/** A table that scrolls sideways inside its own labelled region on narrow screens. */
export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="table">
        <caption id="users-caption">{t('adminUsers.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('adminUsers.colName')}</th>
            <th scope="col">{t('adminUsers.colContact')}</th>
            <th scope="col">{t('adminUsers.colUnit')}</th>
            <th scope="col">{t('adminUsers.colRole')}</th>
            <th scope="col">{t('adminUsers.colStatus')}</th>
            <th scope="col">{t('adminUsers.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            // Keyed by role too, so the role select resets once a change is saved.
            <UserRow key={`${user.id}:${user.role}`} user={user} isSelf={user.id === currentUserId} onAction={onAction} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
