import type { Plugin } from 'graphql-yoga';
import { figure, limitError } from './limit-error.js';
import { queryCost, type CostWeights } from './query-cost.js';

/**
 * Refuses an operation whose estimated cost is above the maximum, once its variables are known
 * (clients pass page sizes as variables) and before any resolver runs: a refused query makes no
 * store call.
 */
export function costLimitPlugin(maximum: number, weights: CostWeights): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const cost = queryCost(args.schema, args.document, args.operationName, variables, weights);
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
