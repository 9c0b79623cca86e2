import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageHeaderProps {
  title: string;
  lead?: ReactNode;
}

/** The page's one h1; also names the browser tab (WCAG 2.4.2). */
export function PageHeader({ title, lead }: PageHeaderProps) {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = `${title} | ${suffix}`;
  }, [title, suffix]);
  return (
    <div className="page-header">
      {/* tabIndex -1: the layout moves focus here after client-side navigation. */}
      <h1 className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="page-header__lead">{lead}</p>}
    </div>
  );
}
