// Types for `import.meta.env` and for importing `.svelte` files from TypeScript.
/// <reference types="vite/client" />
/// <reference types="svelte" />

interface ImportMetaEnv {
  /** The platform's URL, e.g. "https://plateforme.example" (the sandbox: "http://127.0.0.1:8787"). */
  readonly VITE_QMI_API_BASE?: string;
}
