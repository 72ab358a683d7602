import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { GraphiQL } from 'graphiql';
import { createElement, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchExampleIds } from './example-ids.js';
import { contractExamples } from './example-tabs.js';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** POST JSON to the API on the same origin, as the explorer does (Apollo's CSRF prevention accepts it). */
const fetcher: Fetcher = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const tabs = contractExamples(await fetchExampleIds());
createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs.map(({ query, variables }) => ({ query, variables })),
    // GraphiQL 5 opens the first default tab with empty variables; hand them
    // over directly, but only on a first visit (later visits restore the saved tabs).
    initialVariables: localStorage.getItem('graphiql:tabState') === null ? tabs[0]?.variables : undefined,
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  }),
);
