import { GraphQLClient, type Variables } from 'graphql-request';
import { print, type GraphQLError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { accessToken } from './auth';
import { storedLanguage } from './i18n';

// The same public /graphql every client uses, with the signed-in user's token: the page is bound by the same
// authorization as any other caller. Messages come back in the page's language.
const headers = () => ({
  Authorization: `Bearer ${accessToken() ?? ''}`,
  'Accept-Language': storedLanguage() === 'en' ? 'en' : 'zh-CN',
});
const client = new GraphQLClient(`${window.location.origin}/graphql`, { headers });
// For documents whose fields fail one by one (statistics): the data comes back with the errors of the fields that
// are null.
const clientAllowingErrors = new GraphQLClient(`${window.location.origin}/graphql`, { headers, errorPolicy: 'all' });

export function request<TResult, TVariables extends Variables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  return client.request<TResult, Variables>({ document, variables });
}

/** Like `request`, but a field that failed is null in the data and its error is returned beside it. */
export async function requestAllowingErrors<TResult, TVariables extends Variables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<{ data: TResult; errors: readonly GraphQLError[] }> {
  const response = await clientAllowingErrors.rawRequest<TResult, Variables>(print(document), variables);
  // No data at all (the request was refused, or timed out): nothing to show beside the errors.
  if (response.data == null) throw new Error(response.errors?.map((e) => e.message).join(' ') ?? `${response.status}`);
  return { data: response.data, errors: response.errors ?? [] };
}

/** An error a mutation returned in its payload, as every Gateway error type shows it. */
export interface PayloadError {
  __typename: string;
  code?: string;
  message?: string;
  path?: readonly string[] | null;
}

/**
 * Splits payload errors into the ones about an input field (shown next to it, by the field's name under `input`)
 * and the rest (shown above the form).
 */
export function errorsByField(errors: readonly PayloadError[]): {
  fields: { name: string; errors: string[] }[];
  general: string[];
} {
  const fields = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const message = error.message ?? error.code ?? error.__typename;
    const field = error.path && error.path.length > 1 && error.path[0] === 'input' ? error.path[1] : null;
    if (field) fields.set(field, [...(fields.get(field) ?? []), message]);
    else general.push(message);
  }
  return { fields: [...fields].map(([name, messages]) => ({ name, errors: messages })), general };
}
