import { GraphQLError, print, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Every value node of the document (nested list items and object fields too) → its argument. */
function argumentOfValues(document: DocumentNode): Map<ASTNode, string> {
  const owner = new Map<ASTNode, string>();
  visit(document, {
    Argument(argument) {
      visit(argument.value, {
        enter(node) {
          owner.set(node, argument.name.value);
        },
      });
    },
  });
  return owner;
}

/**
 * graphql's own messages for a bad literal say what was expected and what was found but not
 * where: `Expected value of type "Date", found "yesterday"`. This names the argument in front,
 * and puts it and the value found in the extensions, for every argument of every type.
 */
export function argumentErrorsPlugin(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (!result.length) return;
        let owners: Map<ASTNode, string> | undefined;
        setResult(
          result.map((error) => {
            const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
            owners ??= argumentOfValues(params.documentAST);
            const argumentName = node && owners.get(node);
            if (!argumentName || error.message.startsWith('Argument ')) return error;
            return new GraphQLError(`Argument "${argumentName}": ${error.message}`, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              originalError: error.originalError,
              extensions: { ...error.extensions, argumentName, received: print(node) },
            });
          }),
        );
      };
    },
  };
}
