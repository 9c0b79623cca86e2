import { useTranslation } from 'react-i18next';
import { FieldError, FieldHint, fieldDescriptionIds } from '../../../components/ui/form-field';

/** The API's limit (IMPORT_LIMITS in the formats library): checked here first, so a phone on 3G does not upload 20 MB to hear "no". */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv', '.gift', '.txt'] as const;

export type FileProblem = 'missing' | 'tooLarge' | 'unsupported' | 'empty';

export function fileProblem(file: File | null): FileProblem | null {
  if (!file) return 'missing';
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'unsupported';
  if (file.size === 0) return 'empty';
  return file.size > IMPORT_MAX_BYTES ? 'tooLarge' : null;
}

/** "12,3 KB", "1,2 MB" in the reader's language. */
export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

export interface ImportFileFieldProps {
  id: string;
  label: string;
  file: File | null;
  error?: string;
  onChange: (file: File | null) => void;
}

export function ImportFileField({ id, label, file, error, onChange }: ImportFileFieldProps) {
  const { t, i18n } = useTranslation();
  const hint = t('questionBank.import.fileHint', { max: IMPORT_MAX_BYTES / (1024 * 1024) });
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  const chosenId = `${id}-chosen`;
  return (
    <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <input
        id={id}
        type="file"
        className="input input--file"
        accept={IMPORT_EXTENSIONS.join(',')}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, file ? chosenId : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      {file && (
        <p id={chosenId} className="import-file__chosen">
          {t('questionBank.import.chosen', { name: file.name, size: formatBytes(file.size, i18n.language) })}
        </p>
      )}
    </div>
  );
}
