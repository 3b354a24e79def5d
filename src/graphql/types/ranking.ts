import type { RankedEntity } from '../../store/graph-store.js';
import { builder } from '../builder.js';
import { decodeEntityIdArg } from '../global-id.js';
import { mentionCount, pageArgs, storePages, toConnection, toPageArgs } from '../pagination.js';
import { EntityRef } from '../refs.js';

/** Entities with a count on each edge: speakers and how often they spoke, or subjects. */
const RankedEntityConnection = builder.connectionObject(
  { type: EntityRef, name: 'RankedEntityConnection' },
  {
    name: 'RankedEntityEdge',
    fields: (t) => ({
      count: t.int({
        description: 'How many statements link the entity to the one asked about.',
        resolve: mentionCount,
      }),
    }),
  },
);

function ranked(side: 'speakers' | 'subjects', argument: 'about' | 'by') {
  return builder.queryField(side, (t) =>
    t.field({
      type: RankedEntityConnection,
      description:
        side === 'speakers'
          ? 'Who spoke about an entity, most statements first, with how many (ties by name): "who spoke ' +
            'most about Russia?". Without `about`, who spoke most, about anything.'
          : 'What an entity spoke about, most statements first, with how many (ties by name). Without ' +
            '`by`, what was spoken about most, by anyone.',
      args: {
        ...pageArgs,
        [argument]: t.arg.id({
          description:
            side === 'speakers' ? 'Id of the entity spoken about.' : 'Id of the entity that spoke.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const page = toPageArgs(args);
        const given = (args as Record<string, unknown>)[argument];
        const id = given ? decodeEntityIdArg(String(given), argument) : null;
        const found = await storePages(ctx.store.rankedEntities(side, id, page));
        return toConnection(found, page.requested, Boolean(page.after), (r: RankedEntity) => ({
          node: r.entity,
          count: r.count,
        }));
      },
    }),
  );
}

ranked('speakers', 'about');
ranked('subjects', 'by');
