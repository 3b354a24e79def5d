import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { figure, limitError } from './limit-error.js';
import { boundedMemo, type Memo } from './memo.js';
import { queryCost, type CostWeights, type QueryCost } from './query-cost.js';

/** Costs judged per document, for the operation and variables it was last sent with. */
const COSTS_PER_DOCUMENT = 32;

/**
 * Refuses an operation whose estimated cost is above the maximum, once its variables are known
 * (clients pass page sizes as variables) and before any resolver runs: a refused query makes no
 * store call.
 */
export function costLimitPlugin(maximum: number, weights: CostWeights): Plugin {
  // yoga's parser cache hands back the same document object for the same text, so a document's
  // costs live as long as it does; the walk then runs once per distinct variables.
  const costs = new WeakMap<DocumentNode, Memo<string, QueryCost | null>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let memo = costs.get(args.document);
      if (!memo) costs.set(args.document, (memo = boundedMemo(COSTS_PER_DOCUMENT)));
      const cost = memo(JSON.stringify([args.operationName ?? null, variables]), () =>
        queryCost(args.schema, args.document, args.operationName, variables, weights),
      );
      if (!cost || cost.cost <= maximum) return;
      setResultAndStopExecution({
        errors: [
          limitError(
            'cost',
            `Cost limit: this query would cost ${figure(cost.cost)} (${figure(cost.objects)} objects and ` +
              `${cost.storeCalls} store calls at ${weights.storeCall} each), the maximum is ${figure(maximum)}. ` +
              'Ask for smaller pages ("first") or fewer nested lists.',
            { found: cost.cost, maximum, objects: cost.objects, storeCalls: cost.storeCalls },
          ),
        ],
      });
    },
  };
}
