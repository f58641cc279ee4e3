// The browser entry: mounts the page into <div id="app"></div>. The platform's URL comes from the
// build's environment (`VITE_QMI_API_BASE=https://plateforme.example npx vite build`), the sandbox's
// by default (`npm start` at the repository's root).
import { mount } from 'svelte';
import CandidaturePage from './CandidaturePage.svelte';

const apiBase: string = import.meta.env.VITE_QMI_API_BASE || 'http://127.0.0.1:8787';

mount(CandidaturePage, { target: document.getElementById('app')!, props: { apiBase } });
