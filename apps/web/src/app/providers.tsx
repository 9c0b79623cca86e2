import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import type { SessionStore } from '../lib/session-store';

/** One user's cached data must never be shown to the next one on a shared phone. */
export function clearCacheOnSignOut(store: SessionStore, client: QueryClient): () => void {
  let previous = store.getState().status;
  return store.subscribe(() => {
    const status = store.getState().status;
    if (previous === 'authenticated' && status !== 'authenticated') client.clear();
    previous = status;
  });
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
