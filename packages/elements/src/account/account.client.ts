import { authResource, accountResource, communeClaimsResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the account page asks the platform: the person, their account and their communes' claims. */
export const ACCOUNT_RESOURCES = {
  auth: authResource,
  account: accountResource,
  communeClaims: communeClaimsResource,
};

export type AccountClient = ClientWith<typeof ACCOUNT_RESOURCES>;
