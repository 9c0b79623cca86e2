import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUnitRequest, Unit } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useCreateUnit } from '../api/create-unit';
import { useDeleteUnit } from '../api/delete-unit';
import { useUnitTreeQuery } from '../api/get-unit-tree';
import { useUpdateUnit } from '../api/update-unit';
import { subtreeIds, useUnitTree } from '../hooks/use-unit-tree';
import { UnitForm } from './unit-form';
import { UnitTree } from './unit-tree';
import './admin-units.css';

export function AdminUnitsPage() {
  const { t } = useTranslation();
  const tree = useUnitTreeQuery();
  const { roots, flat } = useUnitTree(tree.data);
  const createUnit = useCreateUnit();
  const updateUnit = useUpdateUnit();
  const deleteUnit = useDeleteUnit();
  const [editing, setEditing] = useState<Unit | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Top-level units start open so the first screen shows the province's structure.
  const [expanded, setExpanded] = useState<ReadonlySet<number> | null>(null);
  const openIds = expanded ?? new Set(roots.map((node) => node.unit.id));

  const toggle = (id: number) => {
    const next = new Set(openIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  const submit = async (body: CreateUnitRequest) => {
    setNotice(null);
    if (editing) {
      const saved = await updateUnit.mutateAsync({ id: editing.id, body });
      setEditing(null);
      setNotice({ tone: 'success', text: t('adminUnits.updated', { name: saved.name }) });
    } else {
      const saved = await createUnit.mutateAsync(body);
      if (saved.parentId !== null) setExpanded(new Set([...openIds, saved.parentId]));
      setNotice({ tone: 'success', text: t('adminUnits.created', { name: saved.name }) });
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    const unit = deleting;
    try {
      await deleteUnit.mutateAsync(unit.id);
      if (editing?.id === unit.id) setEditing(null);
      setNotice({ tone: 'success', text: t('adminUnits.deleted', { name: unit.name }) });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    } finally {
      setDeleting(null);
    }
  };

  return (
    <div className="page page--wide">
      <PageHeader title={t('adminUnits.title')} lead={t('adminUnits.lead')} />
      <StatusMessage notice={notice} />
      <div className="units-layout">
        <section className="units-layout__tree" aria-labelledby="units-tree-title">
          <h2 id="units-tree-title">{t('adminUnits.treeTitle')}</h2>
          <p className="note">{t('adminUnits.illustrative')}</p>
          {tree.isPending && <Spinner />}
          {tree.isError && <Alert tone="error" title={errorMessage(t, tree.error)} />}
          {tree.data && tree.data.length === 0 && <p>{t('adminUnits.empty')}</p>}
          {roots.length > 0 && (
            <>
              <div className="actions">
                <Button variant="quiet" onClick={() => setExpanded(new Set(flat.filter((n) => n.children.length > 0).map((n) => n.unit.id)))}>
                  {t('adminUnits.expandAll')}
                </Button>
                <Button variant="quiet" onClick={() => setExpanded(new Set())}>
                  {t('adminUnits.collapseAll')}
                </Button>
              </div>
              <UnitTree roots={roots} expanded={openIds} onToggle={toggle} onEdit={setEditing} onDelete={setDeleting} />
            </>
          )}
        </section>

        <section className="units-layout__form" aria-labelledby="unit-form-title">
          <h2 id="unit-form-title">{editing ? t('adminUnits.editTitle', { name: editing.name }) : t('adminUnits.createTitle')}</h2>
          <UnitForm
            key={editing?.id ?? 'new'}
            unit={editing}
            units={flat}
            excludedParents={editing ? subtreeIds(roots, editing.id) : new Set()}
            pending={createUnit.isPending || updateUnit.isPending}
            onSubmit={submit}
            onError={(error) => setNotice({ tone: 'error', text: errorMessage(t, error) })}
            onCancel={() => setEditing(null)}
          />
        </section>
      </div>

      <ConfirmDialog
        open={deleting !== null}
        title={t('adminUnits.confirmDeleteTitle')}
        confirmLabel={t('adminUnits.delete')}
        danger
        pending={deleteUnit.isPending}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('adminUnits.confirmDelete', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
