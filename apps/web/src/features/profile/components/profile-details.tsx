import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@reform-quiz/contracts';
import { formatDay, formatInstant } from '../../../lib/format-date';

export function ProfileDetails({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const none = <span className="muted">{t('common.notProvided')}</span>;
  const address = profile.address ? [profile.address.detail, profile.address.commune, profile.address.district].filter(Boolean).join(', ') : '';

  const rows: { label: string; value: ReactNode }[] = [
    { label: t('register.fullName'), value: profile.fullName },
    { label: t('register.phone'), value: profile.phone ?? none },
    { label: t('register.email'), value: profile.email ?? none },
    { label: t('register.nationalId'), value: profile.nationalId ?? none },
    { label: t('register.dateOfBirth'), value: profile.dateOfBirth ? formatDay(profile.dateOfBirth, language) : none },
    { label: t('register.gender'), value: profile.gender ? t(`genders.${profile.gender}`) : none },
    {
      label: t('register.unit'),
      value: profile.unit
        ? profile.unit.parentName
          ? t('profile.unitWithParent', { unit: profile.unit.name, parent: profile.unit.parentName })
          : profile.unit.name
        : none,
    },
    { label: t('register.category'), value: profile.category ? t(`categories.${profile.category}`) : none },
    { label: t('profile.address'), value: address || none },
    { label: t('profile.role'), value: t(`roles.${profile.role}`) },
    { label: t('profile.registeredAt'), value: formatInstant(profile.createdAt, language) },
    { label: t('profile.consentAt'), value: profile.consentAt ? formatInstant(profile.consentAt, language) : none },
  ];

  return (
    <dl className="details">
      {rows.map((row) => (
        <div className="details__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
