// The browser entry: renders the page into <div id="root"></div>.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase="http://127.0.0.1:8787" />
  </StrictMode>,
);
