import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitOption, UserListQuery } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PageHeader } from '../../../components/ui/page-header';
import type { PickerProps } from '../../../components/ui/picker-props';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useSession } from '../../../lib/session';
import { useChangeUserRole } from '../api/change-user-role';
import { useUsers } from '../api/get-users';
import { useRevokeUserSessions } from '../api/revoke-user-sessions';
import { useSetUserStatus } from '../api/set-user-status';
import { UserFilters, noUserFilters, type UserFilterValues } from './user-filters';
import { UsersTable, type UserAction } from './users-table';
import './admin-users.css';

const PAGE_SIZE = 20;

function toQuery(filters: UserFilterValues, page: number): UserListQuery {
  return {
    q: filters.q || undefined,
    role: filters.role || undefined,
    status: filters.status || undefined,
    category: filters.category || undefined,
    unitId: filters.unit?.id,
    page,
    pageSize: PAGE_SIZE,
  };
}

export function AdminUsersPage({ UnitPicker }: { UnitPicker: ComponentType<PickerProps<UnitOption>> }) {
  const { t } = useTranslation();
  const session = useSession();
  const [filters, setFilters] = useState<UserFilterValues>(noUserFilters);
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<UserAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const users = useUsers(toQuery(filters, page));
  const changeRole = useChangeUserRole();
  const setStatus = useSetUserStatus();
  const revokeSessions = useRevokeUserSessions();
  const busy = changeRole.isPending || setStatus.isPending || revokeSessions.isPending;

  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : 1;

  const confirm = async () => {
    if (!pending) return;
    const { user } = pending;
    try {
      switch (pending.kind) {
        case 'role': {
          const updated = await changeRole.mutateAsync({ userId: user.id, role: pending.role });
          setNotice({ tone: 'success', text: t('adminUsers.roleChanged', { name: user.fullName, role: t(`roles.${updated.role}`) }) });
          break;
        }
        case 'deactivate':
        case 'activate': {
          const activate = pending.kind === 'activate';
          await setStatus.mutateAsync({ userId: user.id, status: activate ? 'active' : 'disabled' });
          setNotice({ tone: 'success', text: t(activate ? 'adminUsers.activated' : 'adminUsers.deactivated', { name: user.fullName }) });
          break;
        }
        case 'revoke':
          await revokeSessions.mutateAsync(user.id);
          setNotice({ tone: 'success', text: t('adminUsers.sessionsRevoked', { name: user.fullName }) });
          break;
      }
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setPending(null);
    }
  };

  function dialogText(action: UserAction): { title: string; body: string; confirmLabel: string; danger: boolean } {
    const name = action.user.fullName;
    switch (action.kind) {
      case 'role':
        return {
          title: t('adminUsers.confirmRoleTitle'),
          body: t('adminUsers.confirmRole', { name, from: t(`roles.${action.user.role}`), to: t(`roles.${action.role}`) }),
          confirmLabel: t('adminUsers.saveRole'),
          danger: false,
        };
      case 'deactivate':
        return { title: t('adminUsers.confirmDeactivateTitle'), body: t('adminUsers.confirmDeactivate', { name }), confirmLabel: t('adminUsers.deactivate'), danger: true };
      case 'activate':
        return { title: t('adminUsers.confirmActivateTitle'), body: t('adminUsers.confirmActivate', { name }), confirmLabel: t('adminUsers.activate'), danger: false };
      case 'revoke':
        return { title: t('adminUsers.confirmRevokeTitle'), body: t('adminUsers.confirmRevoke', { name }), confirmLabel: t('adminUsers.revokeSessions'), danger: true };
    }
  }

  const dialog = pending && dialogText(pending);


  return (
    <div className="page page--wide">
      <PageHeader title={t('adminUsers.title')} lead={t('adminUsers.lead')} />
      <UserFilters
        value={filters}
        UnitPicker={UnitPicker}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <StatusMessage notice={notice} />

      {users.isPending && <Spinner />}
      {users.isError && <Alert tone="error" title={errorMessage(t, users.error)} />}
      {users.data && (
        <>
          <p role="status" className="result-count">
            {t('adminUsers.total', { total: users.data.total })}
          </p>
          {users.data.items.length === 0 ? (
            <p>{t('adminUsers.empty')}</p>
          ) : (
            <UsersTable users={users.data.items} currentUserId={session.user?.id ?? null} onAction={setPending} />
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t('adminUsers.pagination')}>
              <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('adminUsers.previous')}
              </Button>
              <span aria-current="page">{t('adminUsers.pageOf', { page, pages })}</span>
              <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('adminUsers.next')}
              </Button>
            </nav>
          )}
        </>
      )}

      <ConfirmDialog
        open={dialog !== null}
        title={dialog?.title ?? ''}
        confirmLabel={dialog?.confirmLabel ?? t('common.confirm')}
        danger={dialog?.danger}
        pending={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        <p>{dialog?.body}</p>
      </ConfirmDialog>
    </div>
  );
}
