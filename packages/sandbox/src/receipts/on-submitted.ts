import type { Application, CallDefinition } from '@qmi/core';
import type { Deps } from '../http/env.js';
import { notifyCommune } from '../review/notify.js';
import type { IssuedReceipt } from './receipt-facts.js';
import { receiptMail } from './receipt-mail.js';

export { issueReceipt } from './receipt-facts.js';

/**
 * Called inside the submission's transaction (routes/lifecycle.ts) with the receipt issued just
 * before it (`issueReceipt`, see there why before): stores the « récépissé de dépôt » and tells the
 * commune's people, in-app and by e-mail with the receipt attached, so that the submission, its
 * receipt and the e-mails are recorded together or not at all.
 */
export function onSubmitted(
  deps: Pick<Deps, 'store'>,
  call: CallDefinition,
  application: Application,
  now: string,
  receipt: IssuedReceipt,
): void {
  deps.store.receipts.add(receipt);
  notifyCommune(
    deps,
    application,
    'submitted',
    { commune: application.commune, communeName: receipt.communeName, receiptId: receipt.id },
    now,
    (recipient) => receiptMail(recipient, call, receipt),
  );
}
