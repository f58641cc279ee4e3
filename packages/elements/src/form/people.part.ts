// The "Personnes ayant accès" panel (editors, invitations, handing over) and the notice of a dossier that
// does not hold the commune's place: one chunk, loaded with `import()` only by a form that shows them
// (see `PeopleLoader`).
export { PeoplePanel } from './people.js';
export { renderPeople, renderPlaceNotice } from './people.render.js';
