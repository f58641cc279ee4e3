import { Task } from '@lit/task';
import type { Collaborator, Invitation } from '@qmi/core';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Announcer } from '../a11y/announcer.js';
import { type Draft, draft, formIds, refusal } from '../account/account.fields.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { PEOPLE_MESSAGES, type PeopleMessages } from './people.messages.js';
import type { FormClient } from './form.client.js';

/** Who has access to the dossier, as the platform says, and who the person is among them. */
export interface People {
  collaborators: Collaborator[];
  invitations: Invitation[];
  me: string;
}

/** A question waiting for the person's yes: handing the dossier over to someone, or leaving it. */
export type PeopleQuestion = { kind: 'transfer'; to: Collaborator } | { kind: 'leave' };

export const INVITE_FORM = 'invite';
export const PEOPLE_HEADING = 'people-title';
export const QUESTION = 'people-question';

export interface PeopleOptions {
  client(): FormClient | undefined;
  application(): string | undefined;
  /** The signed-in account's id, when the form is inside `<qmi-session>` (else asked to the platform). */
  accountId(): string | undefined;
  announcer: Announcer;
}

/**
 * The form's "Personnes ayant accès" panel: the owner and editors, pending invitations, and what the
 * person may do by their role (invite, revoke, remove, hand over; or leave). Each action is answered
 * in the form's live region and the focus moves to where the person now is (the panel's heading when
 * the control they used is gone, the error summary after a refusal).
 */
export class PeoplePanel implements ReactiveController {
  invite: Draft = draft();
  question: PeopleQuestion | undefined;
  /** The person left the dossier: nothing more to show. */
  left = false;
  busy = false;
  private focusId: string | undefined;

  readonly task: Task<readonly [FormClient | undefined, string | undefined], People | undefined>;

  constructor(
    readonly host: ReactiveElement,
    private readonly options: PeopleOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [options.client(), options.application()] as const,
      task: async ([client, id], { signal }) => {
        if (!client || !id) return undefined;
        const [collaborators, invitations, me] = await Promise.all([
          client.applications.collaborators.list(id, { signal }),
          client.applications.invitations.list(id, { signal }),
          options.accountId() ?? client.auth.me({ signal }).then((account) => account.id),
        ]);
        return { collaborators, invitations: invitations.filter((item) => item.status === 'pending'), me };
      },
    });
  }

  get t(): PeopleMessages {
    return translate(this.host, PEOPLE_MESSAGES);
  }

  hostUpdated(): void {
    if (!this.focusId) return;
    this.host.renderRoot.querySelector<HTMLElement>(`#${this.focusId}`)?.focus();
    this.focusId = undefined;
  }

  edit(value: string): void {
    this.invite = { ...this.invite, values: { email: value } };
    this.host.requestUpdate();
  }

  ask(question: PeopleQuestion | undefined, back?: string): void {
    this.question = question;
    this.focusId = question ? QUESTION : back;
    this.host.requestUpdate();
  }

  /** Runs an action, then loads the list again; says the result and moves the focus, or shows the refusal. */
  private async act(action: (client: FormClient, id: string) => Promise<string>, focus: string): Promise<boolean> {
    const client = this.options.client();
    const id = this.options.application();
    if (!client || !id || this.busy) return false;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const message = await action(client, id);
      this.question = undefined;
      if (!this.left) await this.task.run();
      this.focusId = this.left ? PEOPLE_HEADING : focus;
      this.options.announcer.announce(message);
      return true;
    } catch (error) {
      const t = this.t;
      const shown = refusal(
        error,
        (path) => (path === 'email' ? 'email' : undefined),
        langOf(this.host),
        this.host,
        t.unexpected,
        client.baseUrl,
      );
      this.invite = { ...this.invite, ...shown };
      this.focusId = formIds(INVITE_FORM).summary;
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  async sendInvitation(continueUrl: string | undefined): Promise<void> {
    const email = this.invite.values['email']?.trim() ?? '';
    const t = this.t;
    if (!email) {
      this.invite = { ...this.invite, errors: { email: t.emailRequired }, formError: undefined };
      this.focusId = formIds(INVITE_FORM).summary;
      this.host.requestUpdate();
      return;
    }
    this.invite = { ...this.invite, errors: {}, formError: undefined };
    const sent = await this.act(async (client, id) => {
      await client.applications.invitations.create(id, { email, ...(continueUrl ? { continueUrl } : {}) });
      return t.invited(email);
    }, formIds(INVITE_FORM).field('email'));
    if (sent) this.invite = draft();
  }

  revoke(invitation: Invitation): void {
    void this.act(async (client, id) => {
      await client.applications.invitations.revoke(id, invitation.id);
      return this.t.revoked(invitation.email);
    }, PEOPLE_HEADING);
  }

  remove(person: Collaborator): void {
    void this.act(async (client, id) => {
      await client.applications.collaborators.remove(id, person.accountId);
      return this.t.removed(person.email);
    }, PEOPLE_HEADING);
  }

  confirm(): void {
    const question = this.question;
    if (question?.kind === 'transfer')
      void this.act(async (client, id) => {
        await client.applications.transferOwnership(id, question.to.accountId);
        return this.t.transferred(question.to.email);
      }, PEOPLE_HEADING);
    else if (question?.kind === 'leave')
      void this.act(async (client, id) => {
        const me = this.task.value?.me;
        if (me) await client.applications.collaborators.remove(id, me);
        this.left = true;
        return this.t.left;
      }, PEOPLE_HEADING);
  }
}
