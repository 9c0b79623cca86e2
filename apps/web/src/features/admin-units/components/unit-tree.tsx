import { useTranslation } from 'react-i18next';
import type { Unit } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import type { UnitNode } from '../hooks/use-unit-tree';

interface UnitTreeProps {
  roots: readonly UnitNode[];
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onEdit: (unit: Unit) => void;
  onDelete: (unit: Unit) => void;
}

type ItemProps = Omit<UnitTreeProps, 'roots'> & { node: UnitNode };

function UnitTreeItem({ node, expanded, onToggle, onEdit, onDelete }: ItemProps) {
  const { t, i18n } = useTranslation();
  const { unit, children } = node;
  const open = expanded.has(unit.id);
  const childrenId = `unit-${unit.id}-children`;
  const headcount = new Intl.NumberFormat(i18n.language).format(unit.headcount);

  return (
    <li className="tree__item">
      <div className="tree__row">
        {children.length > 0 ? (
          // A disclosure button named by the unit; aria-expanded says whether its sub-units show.
          <button
            type="button"
            className="tree__toggle"
            aria-expanded={open}
            aria-controls={open ? childrenId : undefined}
            onClick={() => onToggle(unit.id)}
          >
            <span className="tree__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="tree__name">{unit.name}</span>
          </button>
        ) : (
          <span className="tree__leaf">
            <span className="tree__name">{unit.name}</span>
          </span>
        )}
        <p className="tree__meta">
          <span>{unit.code}</span> · <span>{t(`unitKinds.${unit.kind}`)}</span> ·{' '}
          <span>{t('adminUnits.headcountValue', { value: headcount })}</span>
        </p>
        <div className="tree__actions">
          <Button variant="quiet" onClick={() => onEdit(unit)}>
            {t('adminUnits.edit')}
            <VisuallyHidden> {unit.name}</VisuallyHidden>
          </Button>
          <Button variant="quiet" onClick={() => onDelete(unit)}>
            {t('adminUnits.delete')}
            <VisuallyHidden> {unit.name}</VisuallyHidden>
          </Button>
        </div>
      </div>
      {open && children.length > 0 && (
        <ul className="tree__children" id={childrenId}>
          {children.map((child) => (
            <UnitTreeItem key={child.unit.id} node={child} expanded={expanded} onToggle={onToggle} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The organisation tree as nested lists; each parent is a disclosure button. */
export function UnitTree({ roots, ...rest }: UnitTreeProps) {
  return (
    <ul className="tree">
      {roots.map((node) => (
        <UnitTreeItem key={node.unit.id} node={node} {...rest} />
      ))}
    </ul>
  );
}
