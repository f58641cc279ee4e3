import { html, nothing } from 'lit';
import { deferredSection } from './deferred.js';
import { fieldId } from './fields.js';
import { partFailure, renderPart } from './lazy-part.js';
import { messageAt } from './reveal.js';
import { fieldIdFromUrl } from './sections.js';
import { helpSlot, type FormView } from './view.js';

/** Where an uploader stands while its module loads: about the height of its rules and drop zone, so that nothing jumps. */
const UPLOADER_HEIGHT = '14rem';

/**
 * The documents of the dossier: one `<qmi-document-uploader>` per kind the call asks for, with its rule's
 * message once revealed. Below the call's sections, its content is built after the form's first frame (see
 * `deferred.ts`: each uploader is an element with a first render of its own), unless `atOnce` (the first
 * part of its page) or a link names one of its kinds.
 */
export function renderDocuments(view: FormView, atOnce: boolean) {
  const { t, lang, engine } = view;
  const documents = engine.application.documents;
  const partners = (view.application.partners ?? []).map((partner) => ({ id: partner.id, name: partner.name }));
  // The call's total is judged at pick on every kind's files: the uploader is given the dossier's bytes.
  const dossierBytes = documents.reduce((sum, doc) => sum + doc.sizeBytes, 0);
  // An upload or a removal changes the dossier outside the form: read it again, merged with local edits.
  const changed = () => void engine.sync().catch((error: Error) => view.reportError(error));
  // The uploaders' module is loaded with the dossier (see LazyPart); if it could not be (offline), the
  // connection message is said once, above the kinds, and it comes back with the connection.
  const content = () => html`<p class="hint">${t.documents.intro}</p>
      ${helpSlot('documents')}
      ${view.review.sectionFeedback(view, 'documents', t.documents.title)}
      ${view.uploader.failed && !view.uploader.value ? partFailure(view.uploader) : nothing}
      ${view.definition.documentKinds.map((kind) => {
        const error = messageAt(view.report, view.definition, view.revealed, `documents.${kind.id}`);
        return html`<div
        class="document-kind ${error ? 'field--error' : ''}"
        id=${fieldId(`documents.${kind.id}`)}
        tabindex="-1"
        part="field"
      >
        ${view.heading(2, kind.title[lang])}
        <p class="hint">${kind.description[lang]}</p>
        ${error ? html`<p class="error" part="error">${error}</p>` : nothing}
        ${renderPart(
          view.uploader,
          () => html`<qmi-document-uploader
          exportparts="rules, dropzone, input, file, progress, error, button"
          .client=${view.client}
          application=${engine.application.id}
          .rule=${kind}
          .documents=${documents.filter((doc) => doc.kind === kind.id)}
          .partners=${partners}
          .viewer=${view.viewer}
          .call=${view.definition}
          .dossierBytes=${dossierBytes}
          ?disabled=${view.readOnly}
          @qmi-upload-complete=${changed}
          @qmi-upload-remove=${changed}
        ></qmi-document-uploader>`,
          UPLOADER_HEIGHT,
          () => nothing,
        )}
      </div>`;
      })}`;
  const named = fieldIdFromUrl()?.startsWith(`${fieldId('documents')}-`) === true;
  return html`<section class="section" id="section-documents" aria-labelledby="title-documents" part="section" tabindex="-1">
      ${view.heading(1, t.documents.title, 'title-documents')} ${deferredSection(content, nothing, atOnce || named)}
    </section>`;
}
