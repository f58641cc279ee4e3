// Types for `import.meta.env` and for importing `.vue` files from TypeScript.
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The platform's URL, e.g. "https://plateforme.example" (the sandbox: "http://127.0.0.1:8787"). */
  readonly VITE_QMI_API_BASE?: string;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ apiBase: string }>;
  export default component;
}
