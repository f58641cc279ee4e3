/**
 * What a sign-in form holds, apart from how it is drawn and sent: the shell sets it (an e-mail carried
 * over, a form emptied after a sign-out) before the form's chunk (`session.signed-out.ts`) is here; and
 * the ids both use. A module of its own so that the chunks share it with the shell, not the shell's code.
 */

export type Field = 'email' | 'password';
/**
 * The page's forms: sign in, create an account, ask for a reset link ("Mot de passe oublié ?"), choose a
 * new password, choose the password of a reviewer's new account (the committee's invitation link).
 */
export type Mode = 'sign-in' | 'sign-up' | 'forgot' | 'new-password' | 'reviewer-invitation';

/** What the form shows after a refused submission: next to each field, and for the form as a whole. */
export interface FormErrors {
  fields: Partial<Record<Field, string>>;
  form: string | undefined;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: undefined };

/** What the person typed, what went wrong, and whether a request is on its way. */
export interface FormModel {
  mode: Mode;
  email: string;
  password: string;
  errors: FormErrors;
  /** The refused submission the errors come from: they are told again in the page's language when it changes. */
  refused?: { error: unknown; typed: Record<Field, string> } | undefined;
  busy: boolean;
  /** The e-mail's single-use token, for choosing a new password or accepting the committee's invitation. */
  token?: string | undefined;
}

export const emptyForm = (mode: Mode, email = ''): FormModel => ({
  mode,
  email,
  password: '',
  errors: NO_ERRORS,
  busy: false,
});

/** Ids of a form's parts, for labels, descriptions, summary links and focus. */
export const ids = (id: string) => ({
  heading: `${id}-heading`,
  summary: `${id}-summary`,
  field: (field: Field) => `${id}-${field}`,
  hint: (field: Field) => `${id}-${field}-hint`,
  error: (field: Field) => `${id}-${field}-error`,
});

// The ids the shell and the chunks share: what takes the focus.
/** The notice's heading (or its text) takes the focus when it appears. */
export const NOTICE = 'session-notice';
/** The page's form and the re-authentication dialog's, each with its own ids. */
export const FORM = 'session';
export const REAUTH = 'reauth';
export type FormId = typeof FORM | typeof REAUTH;
export const ACCOUNT_BAR = 'account-bar';
export const SIGN_OUT_BUTTON = 'sign-out-button';
export const EVERYWHERE_BUTTON = 'sign-out-everywhere-button';

/**
 * Where a link that waits for a sign-in is kept (an invitation, an address change), one per platform: the
 * flows' chunk keeps and takes it (`session.pending.ts`), the shell only asks whether one waits.
 */
export const pendingKey = (apiBase: string): string => `qmi-session-pending:${apiBase}`;
