import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Notice } from '../components/ui/status-message';

export interface FlashState {
  notice?: Notice;
}

/**
 * A notice handed over by the page that navigated here ("saved"). It is set
 * after the first render so the page's live region announces it, then dropped
 * from the history entry so Back or a reload does not show it again.
 */
export function useFlashNotice(): [Notice | null, (notice: Notice | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<Notice | null>(null);
  const flash = (location.state as FlashState | null)?.notice;
  const { pathname, search, hash } = location;

  useEffect(() => {
    if (!flash) return;
    setNotice(flash);
    void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [flash, navigate, pathname, search, hash]);

  return [notice, setNotice];
}
