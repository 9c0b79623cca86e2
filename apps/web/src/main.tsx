import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './app/app';
import { clearCacheOnSignOut } from './app/providers';
import { preloadRegistration } from './app/router';
import { apiClient, sessionStore } from './lib/api-client';
import { queryClient } from './lib/query-client';

clearCacheOnSignOut(sessionStore, queryClient);
// A refresh cookie from an earlier visit signs the user back in; a 401 just means signed out.
void apiClient.restoreSession().then(() => {
  // A visitor who is not signed in will most likely register next.
  if (sessionStore.getState().status === 'anonymous') preloadRegistration();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
