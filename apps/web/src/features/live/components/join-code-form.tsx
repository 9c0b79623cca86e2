import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useLiveTranslation } from '../../../i18n/live';
import { JOIN_CODE_PATTERN, normalizeCode } from '../api/live-storage';

/** The join code, typed as read from the screen: letters upper-cased, spaces dropped, six characters. */
export function JoinCodeForm({ onJoin, initialCode = '', submitLabel }: { onJoin: (code: string) => void; initialCode?: string; submitLabel?: string }) {
  const { lt } = useLiveTranslation();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!JOIN_CODE_PATTERN.test(code)) {
      setError(lt('join.codeInvalid'));
      document.getElementById(`${id}-code`)?.focus();
      return;
    }
    setError(undefined);
    onJoin(code);
  };

  return (
    <form className="join-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-code`}
        className="join-form__field"
        label={lt('join.code')}
        hint={lt('join.codeHint')}
        error={error}
        value={code}
        onChange={(event) => setCode(normalizeCode(event.target.value))}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        maxLength={8}
      />
      <Button type="submit" className="join-form__submit">
        {submitLabel ?? lt('join.submit')}
      </Button>
    </form>
  );
}
