import { GraphQLError, type ASTNode } from 'graphql';

/** Which limit a refused query broke: the `limit` extension clients can switch on. */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'pageSize';

/**
 * A refused query: the message says which limit, the figure found and the maximum, in words a
 * person reads in GraphiQL; the extensions carry the same figures for programs.
 */
export function limitError(
  limit: LimitName,
  message: string,
  figures: { found: number; maximum: number } & Record<string, unknown>,
  nodes?: readonly ASTNode[],
) {
  return new GraphQLError(message, {
    nodes,
    extensions: {
      code: limit === 'pageSize' ? 'BAD_USER_INPUT' : 'QUERY_LIMIT',
      limit,
      ...figures,
      // A request error (nothing ran): 400, as GraphQL over HTTP has it. Yoga strips this key.
      http: { status: 400 },
    },
  });
}

/** 1234567 → "1,234,567": figures people can read. */
export const figure = (n: number) => Math.round(n).toLocaleString('en-US');
