import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { figure, limitError } from './limit-error.js';
import { boundedMemo } from './memo.js';

/** Documents whose token count is kept: clients repeat a small set of queries. */
const REMEMBERED_DOCUMENTS = 1_000;
/** Longer texts are counted each time rather than kept as keys. */
const REMEMBERED_LENGTH = 20_000;

/** How many tokens a document has, counting no further than one past the maximum. */
export function countTokens(text: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= stopAfter) count++;
  } catch (error) {
    // A lexing error is the parser's to report, with its position.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}

/** Refuses a document with too many tokens before it is parsed, so a huge one costs no parse. */
export function tokenLimitPlugin(maximum: number): Plugin {
  const remembered = boundedMemo<string, number>(REMEMBERED_DOCUMENTS);
  return {
    onParse({ params }) {
      const text = typeof params.source === 'string' ? params.source : params.source.body;
      const found =
        text.length <= REMEMBERED_LENGTH
          ? remembered(text, () => countTokens(text, maximum))
          : countTokens(text, maximum);
      if (found > maximum) {
        throw limitError('tokens', `Token limit: the document has more than ${figure(maximum)} tokens.`, {
          found,
          maximum,
        });
      }
    },
  };
}
