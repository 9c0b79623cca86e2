import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { changeLanguage, type Language } from '../../i18n/i18n';

/** Each language is named in itself, so a reader of either can find their way back. */
const CHOICES: { language: Language; short: string; name: string }[] = [
  { language: 'vi', short: 'VI', name: 'Tiếng Việt' },
  { language: 'en', short: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active: Language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {CHOICES.map((choice) => (
        <button
          key={choice.language}
          type="button"
          lang={choice.language}
          className="language-switch__button"
          aria-pressed={active === choice.language}
          onClick={() => void changeLanguage(choice.language)}
        >
          {choice.short}
          <VisuallyHidden> – {choice.name}</VisuallyHidden>
        </button>
      ))}
    </div>
  );
}
