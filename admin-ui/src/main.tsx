import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LanguageProvider, storedLanguage } from './i18n';
import { App } from './App';
import './app.css';
import { nonceScriptInsertedStyles } from './csp';

nonceScriptInsertedStyles();
document.documentElement.lang = storedLanguage() === 'zh' ? 'zh-CN' : 'en';

// Every page shows what the server says now: nothing is served from a cache of another user or an earlier session.
const queries = new QueryClient({
  defaultOptions: { queries: { staleTime: 0, retry: false, refetchOnWindowFocus: false } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <QueryClientProvider client={queries}>
        <BrowserRouter basename="/admin">
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </LanguageProvider>
  </StrictMode>,
);
