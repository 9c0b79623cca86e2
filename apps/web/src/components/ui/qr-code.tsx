import { useEffect, useState } from 'react';
import './qr-code.css';

type QrModule = typeof import('qrcode');

/** The QR encoder is loaded on first use: only the pages that show a code download it. */
async function qrSvg(value: string): Promise<string> {
  const module = (await import('qrcode')) as QrModule & { default?: QrModule };
  const qr = module.default ?? module;
  return qr.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}

/**
 * A QR code of `value` (a link to scan), drawn as SVG so it stays sharp on a
 * projector. `label` says what it is for screen readers; pages show the link
 * as text too, for whoever cannot scan.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const [svg, setSvg] = useState<{ value: string; src: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    qrSvg(value)
      .then((markup) => {
        if (!cancelled) setSvg({ value, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}` });
      })
      // Without the code the link beside it still works.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [value]);

  const classes = ['qr-code', className].filter(Boolean).join(' ');
  if (!svg || svg.value !== value) return <span className={`${classes} qr-code--pending`} role="img" aria-label={label} data-qr-value={value} />;
  return <img className={classes} src={svg.src} alt={label} data-qr-value={value} />;
}
