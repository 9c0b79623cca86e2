import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useResultsTranslation } from '../../../i18n/results';
import { normalizeCertificateCode } from '../api/certificate-code';

/** Type a code from the paper; a valid one opens /verify/:code (the page the QR code opens too). */
export function CertificateCodeForm({ initial = '', labelledBy }: { initial?: string; labelledBy?: string }) {
  const { rt } = useResultsTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeCertificateCode(value);
    if (!code) {
      setError(rt('verify.codeInvalid'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setValue(code);
    void navigate(`/verify/${code}`);
  };

  return (
    <form className="verify-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <TextField
        ref={inputRef}
        id={`${id}-code`}
        name="code"
        label={rt('verify.codeLabel')}
        hint={rt('verify.codeHint')}
        error={error}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        maxLength={20}
        className="verify-form__field"
      />
      <Button type="submit">{rt('verify.submit')}</Button>
    </form>
  );
}
