// The dossier view's part of the in-page platform (stories/support/platform.ts): a document's bytes,
// the submission receipts and their PDF, the ZIP of the documents, the dossier's history, the
// requests for advice and the organisers' comments per section. The rules are the sandbox's
// (packages/sandbox/src/routes/receipts.ts, advice.ts, documents.ts), kept to what a story shows.
import {
  type AdviceRequest,
  type Application,
  type ErrorCode,
  type HistoryEntry,
  problemBody,
  QMI_2,
  type Receipt,
  type SectionComment,
} from '@qmi/core';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';

/** What a story says about the dossier's receipts, history and accompaniment. */
export interface DossierViewScenario {
  /** The dossier's receipts (`GET /v1/applications/:id/receipts`). */
  receipts?: Receipt[];
  /** The dossier's history (`GET /v1/applications/:id/history`), oldest first. */
  history?: HistoryEntry[];
  /** The commune's requests for advice (`GET /v1/applications/:id/advice-requests`). */
  adviceRequests?: AdviceRequest[];
  /** The organisers' comments per section (`GET /v1/applications/:id/section-comments`). */
  sectionComments?: SectionComment[];
  /** `stall`: `GET /v1/applications/:id` never answers (the view stays on its loading state). */
  dossierLoading?: 'ok' | 'stall';
}

type Resolver = Parameters<typeof http.get>[1];

/** What the platform's main module lends to these routes. */
export interface DossierViewRouteTools {
  url: (path: string) => string;
  now: () => string;
  authorised: (request: Request) => boolean;
  found: (id: string | readonly string[] | undefined) => Application | undefined;
}

function problem(code: ErrorCode, extra: Record<string, unknown> = {}) {
  const body = problemBody(code, 'fr', '', 'req_story', { extra });
  return HttpResponse.json(body, { status: body.status, headers: { 'content-type': 'application/problem+json' } });
}

/** A file as the platform sends one: its bytes, its type, and the name it suggests. */
const file = (bytes: string, type: string, filename: string) =>
  new HttpResponse(new TextEncoder().encode(bytes), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });

/** The routes, over one copy of the scenario (each story starts from its own). */
export function dossierViewHandlers(scenario: DossierViewScenario, tools: DossierViewRouteTools): HttpHandler[] {
  const { url, now, found } = tools;
  const signedIn =
    (resolver: Resolver): Resolver =>
    (info) =>
      tools.authorised(info.request) ? resolver(info) : problem('unauthenticated');
  const receipts = structuredClone(scenario.receipts ?? []);
  const history = structuredClone(scenario.history ?? []);
  const advice = structuredClone(scenario.adviceRequests ?? []);
  const comments = structuredClone(scenario.sectionComments ?? []);
  const sections = [...QMI_2.formSections.map((section) => section.id), 'documents'];
  const ofDossier = <T extends { applicationId: string }>(items: T[], id: unknown) =>
    items.filter((item) => item.applicationId === String(id));

  return [
    http.get(url('/v1/applications/:id'), async () => {
      if (scenario.dossierLoading === 'stall') await delay('infinite');
      return undefined;
    }),
    // A document's bytes (a request without `Accept: application/json`); its metadata falls through.
    http.get(
      url('/v1/applications/:id/documents/:documentId'),
      signedIn(({ request, params }) => {
        if (/application\/json/.test(request.headers.get('accept') ?? '')) return undefined;
        const document = found(params.id)?.documents.find((item) => item.id === params.documentId);
        if (!document) return problem('not_found');
        return file('%PDF-1.7\n% story document\n', document.mediaType, document.filename);
      }),
    ),
    http.get(
      url('/v1/applications/:id/documents.zip'),
      signedIn(({ params }) => {
        const application = found(params.id);
        if (!application) return problem('not_found');
        return file('PK\u0005\u0006'.padEnd(22, '\0'), 'application/zip', `dossier-${application.commune}.zip`);
      }),
    ),
    http.get(
      url('/v1/applications/:id/receipts'),
      signedIn(({ params }) => HttpResponse.json({ data: ofDossier(receipts, params.id) })),
    ),
    http.get(
      url('/v1/applications/:id/receipts/:file'),
      signedIn(({ params }) => {
        const receipt = receipts.find((item) => `${item.id}.pdf` === params.file);
        if (!receipt) return problem('not_found');
        return file(
          '%PDF-1.7\n% récépissé de dépôt\n',
          'application/pdf',
          `recepisse-${receipt.commune}-${receipt.submittedAt.slice(0, 10)}.pdf`,
        );
      }),
    ),
    http.get(
      url('/v1/applications/:id/history'),
      signedIn(({ params }) => HttpResponse.json({ data: ofDossier(history, params.id) })),
    ),
    http.get(
      url('/v1/applications/:id/advice-requests'),
      signedIn(({ params }) => HttpResponse.json({ data: ofDossier(advice, params.id) })),
    ),
    http.get(
      url('/v1/applications/:id/section-comments'),
      signedIn(({ params }) => HttpResponse.json({ data: ofDossier(comments, params.id) })),
    ),
    http.post(
      url('/v1/applications/:id/section-comments'),
      signedIn(async ({ request, params }) => {
        if (!found(params.id)) return problem('not_found');
        const body = (await request.json()) as { sectionId?: string; text?: string };
        if (!body.sectionId || !sections.includes(body.sectionId))
          return problem('validation_failed', {
            errors: [{ path: 'sectionId', code: 'invalid', message: 'Cette section n’existe pas dans le formulaire.' }],
          });
        const comment: SectionComment = {
          id: `sc_${comments.length + 1}`,
          applicationId: String(params.id),
          sectionId: body.sectionId,
          text: (body.text ?? '').trim(),
          authorId: 'acct_parisandco',
          createdAt: now(),
        };
        comments.push(comment);
        for (const request of advice)
          if (request.applicationId === comment.applicationId && request.status === 'open')
            Object.assign(request, { status: 'answered', answeredAt: now() });
        return HttpResponse.json(comment, { status: 201 });
      }),
    ),
  ];
}
