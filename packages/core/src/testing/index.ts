export { exampleDossier } from './example-dossier.js';
