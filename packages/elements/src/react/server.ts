// `@qmi/elements/react` on a server (the `node` condition of its export): the same wrappers, whose HTML
// holds the content of the timeline, the checklist and the form as declarative shadow DOM, rendered by
// `@qmi/elements/ssr` (lit's `@lit-labs/ssr`, an optional peer dependency: without it, the bare tags as
// before). React's `renderToString` is synchronous: what the render needs is loaded here, once.
import type { Lang } from '@qmi/core';
import { setShadowRenderer } from './create.js';

// The same names as index.ts (whose types this entry shares; test-node/react.test.mjs checks the list).
export {
  QmiAccount,
  QmiApplicationForm,
  QmiAssessment,
  QmiCommunePicker,
  QmiCriteriaChecklist,
  QmiDocumentUploader,
  QmiDossierView,
  QmiMessages,
  QmiNotifications,
  QmiReviewBoard,
  QmiSession,
  QmiTimeline,
} from './index.js';

const ssr = await import('../ssr/index.js').catch((error: unknown) => {
  const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
  if (!missing) throw error;
  return undefined;
});

if (ssr) {
  await ssr.prepareServerRendering();
  const tags = new Set<string>(ssr.SERVER_RENDERED);
  setShadowRenderer((tagName, attributes, properties) => {
    if (!tags.has(tagName)) return undefined;
    const { lang, ...others } = attributes;
    return ssr.renderShadowSync(tagName as (typeof ssr.SERVER_RENDERED)[number], {
      attributes: others,
      properties,
      ...(lang === 'en' || lang === 'fr' ? { lang: lang as Lang } : {}),
    });
  });
}
