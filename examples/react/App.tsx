// A commune's candidature page in React: where the call stands, then the account step and the
// autosaving dossier. The components come from `@qmi/elements/react`; the page listens to their
// events as props (`onQmiSave`, `onQmiSubmit`), typed with the elements' event classes.
import { useState } from 'react';
import {
  QmiApplicationForm,
  QmiSession,
  QmiTimeline,
  type QmiSaveEvent,
  type QmiSubmitEvent,
} from '@qmi/elements/react';

export interface AppProps {
  /** The platform's URL, e.g. "https://plateforme.example" (the sandbox: "http://127.0.0.1:8787"). */
  apiBase: string;
  /** The call, "qmi-2" by default. */
  call?: string;
  /** Demos and tests only: an ISO instant that replaces the clock. */
  now?: string;
}

export function App({ apiBase, call = 'qmi-2', now }: AppProps) {
  const [saved, setSaved] = useState<{ revision: number; at: string }>();
  const [submitted, setSubmitted] = useState<string>();

  const onSave = (event: QmiSaveEvent) =>
    setSaved({ revision: event.application.revision, at: event.application.updatedAt });
  const onSubmit = (event: QmiSubmitEvent) => setSubmitted(event.application.id);

  return (
    <main lang="fr">
      <h1>Candidater aux Quartiers Métropolitains d’Innovation</h1>
      {/* Public: shown before anyone signs in. */}
      <QmiTimeline apiBase={apiBase} call={call} now={now} />
      {/* The form gets the signed-in client from the session around it. */}
      <QmiSession apiBase={apiBase}>
        <QmiApplicationForm call={call} now={now} onQmiSave={onSave} onQmiSubmit={onSubmit} />
      </QmiSession>
      <p role="status" className="app-status">
        {submitted
          ? `Dossier envoyé (référence ${submitted}).`
          : saved
            ? `Brouillon enregistré (version ${saved.revision}, ${new Date(saved.at).toLocaleTimeString('fr-FR')}).`
            : ''}
      </p>
    </main>
  );
}
