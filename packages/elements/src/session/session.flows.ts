// The chunk of the flows beyond sign-in (`session.lazy.ts`): the steps between the forms ("check your
// e-mail", a link being checked or no longer working) and their words, and the e-mails' links.
// The element keeps none of their state: `SessionFlows` does, made once this chunk came.
export { SessionFlows } from './session.flows.controller.js';
