import { request, type PayloadError } from '../../api';
import {
  DisableAccountDocument,
  EnableAccountDocument,
  ResetAuthenticatorDocument,
  UnlockAccountDocument,
  type AccountsQuery,
} from '../../graphql/generated';

export type AccountRow = AccountsQuery['accounts']['nodes'][number];

/** The changes of one account that need nothing but its id and the version read. */
export type AccountChange = 'disable' | 'enable' | 'unlock' | 'resetAuthenticator';

/** Sends one change of an account with the version the page read; answers the payload's errors (none: done). */
export async function changeAccount(change: AccountChange, account: AccountRow): Promise<readonly PayloadError[]> {
  const input = { accountId: account.id, version: account.version };
  switch (change) {
    case 'disable':
      return (await request(DisableAccountDocument, { input })).disableAccount.errors ?? [];
    case 'enable':
      return (await request(EnableAccountDocument, { input })).enableAccount.errors ?? [];
    case 'unlock':
      return (await request(UnlockAccountDocument, { input })).unlockAccount.errors ?? [];
    case 'resetAuthenticator':
      return (await request(ResetAuthenticatorDocument, { input })).resetAuthenticator.errors ?? [];
  }
}

export const isConflict = (errors: readonly PayloadError[]) => errors.some((error) => error.code === 'CONFLICT');

export const errorText = (errors: readonly PayloadError[]) =>
  errors.map((error) => error.message ?? error.code ?? error.__typename).join(' ');

/** Locked after failed sign-ins while the end of the lockout lies ahead. */
export const isLocked = (account: AccountRow) =>
  account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > Date.now();
