import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { accessToken, loadUser } from './auth';
import { nonceScriptInsertedStyles } from './csp';
import { storedLanguage } from './i18n';

// GraphiQL is a page of its own: its editor (Monaco) writes style attributes, which only this page's policy admits.
// It signs in through the admin page, whose tokens this tab already holds, and sends them with every request: it
// can do exactly what the user may do, no more.
nonceScriptInsertedStyles();

const fetcher = createGraphiQLFetcher({
  url: `${window.location.origin}/graphql`,
  fetch: (input, init) =>
    fetch(input, {
      ...init,
      headers: {
        ...(init?.headers as Record<string, string> | undefined),
        Authorization: `Bearer ${accessToken() ?? ''}`,
        'Accept-Language': storedLanguage() === 'en' ? 'en' : 'zh-CN',
      },
    }),
});

void loadUser().then((user) => {
  if (!user) {
    window.location.replace('/admin/');
    return;
  }
  createRoot(document.getElementById('graphiql')!).render(
    <StrictMode>
      <div className="graphiql-page">
        <GraphiQL fetcher={fetcher} defaultQuery={'{\n  viewer {\n    name\n    permissions\n  }\n}\n'} />
      </div>
    </StrictMode>,
  );
});
