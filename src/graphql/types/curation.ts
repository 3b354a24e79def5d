/**
 * Curation mutations: a reader's fixes, logged and applied to the graph (see src/domain/curation.ts).
 * They exist only in the schema served when KG_INGEST_TOKEN is set (see schema.ts), and each one
 * asks for that token: without it, an UNAUTHENTICATED error and nothing changes.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { CurationOp } from '../../domain/curation.js';
import type { EntityRecord } from '../../store/graph-store.js';
import { foldKey } from '../../store/text-keys.js';
import { badArgument } from '../arguments.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { decodeEntityIdArg, decodeIdArg } from '../global-id.js';
import { EntityRef } from '../refs.js';

builder.mutationType({
  description:
    'Curation: fix the graph. Each mutation needs `Authorization: Bearer <KG_INGEST_TOKEN>`, is logged, ' +
    'and is applied again after every reseed and ingest, so a fix survives.',
});

const MAX_NAME = 200;

function requireCurator(ctx: Context) {
  if (!ctx.curator) {
    throw new GraphQLError('Curation needs the ingest token: Authorization: Bearer <KG_INGEST_TOKEN>.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
}

/** An entity the mutation names, which must exist (and not be an event, unless allowed). */
async function existing(
  ctx: Context,
  globalId: string,
  argument: string,
  events = false,
): Promise<EntityRecord> {
  const id = decodeEntityIdArg(globalId, argument);
  const [entity] = await ctx.store.entitiesByIds([id]);
  if (!entity) throw badArgument(argument, `No entity with id "${globalId}".`);
  if (entity.type === 'Event' && !events) throw badArgument(argument, 'Events cannot be curated this way.');
  return entity;
}

function aliasName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > MAX_NAME) {
    throw badArgument('name', `"name" must be 1 to ${MAX_NAME} characters.`);
  }
  return trimmed;
}

function ownAlias(entity: EntityRecord, name: string): string {
  const alias = entity.aliases.find((a) => foldKey(a) === foldKey(name));
  if (!alias) throw badArgument('name', `"${name}" is not an alias of ${entity.name}.`);
  return alias;
}

/** Log and apply, then tell subscribers about the entities as they are now. */
async function curate(ctx: Context, op: CurationOp, changed: string[]): Promise<(EntityRecord | null)[]> {
  await ctx.store.curate(op);
  const entities = await ctx.store.entitiesByIds(changed);
  for (const e of entities) if (e) ctx.live?.publish('entityChanged', e);
  return entities;
}

/** A new entity's id: the old one's prefix ("per_") and the name, unused in the graph. */
async function freshId(ctx: Context, entity: EntityRecord, name: string): Promise<string> {
  const prefix = /^[a-z]+_/.exec(entity.id)?.[0] ?? `${entity.type.toLowerCase()}_`;
  const slug =
    foldKey(name)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'entity';
  for (let n = 1; ; n++) {
    const id = `${prefix}${slug}${n === 1 ? '' : `_${n}`}`;
    if (!(await ctx.store.entitiesByIds([id]))[0]) return id;
  }
}

const found = (entity: EntityRecord | null | undefined) => {
  if (!entity) throw new Error('the curated entity is missing after the rebuild');
  return entity;
};

builder.mutationFields((t) => ({
  mergeEntities: t.field({
    type: EntityRef,
    description:
      'Merge entities into one: their statements, mentions, roles and events move to `into`, their ' +
      'names become its aliases, and they are gone. Returns `into`.',
    args: {
      into: t.arg.id({ required: true }),
      from: t.arg.idList({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      requireCurator(ctx);
      const into = await existing(ctx, String(args.into), 'into');
      const from = await Promise.all(args.from.map((id) => existing(ctx, String(id), 'from')));
      if (!from.length || from.some((e) => e.id === into.id)) {
        throw badArgument('from', '"from" must name one or more entities other than "into".');
      }
      const op: CurationOp = {
        op: 'mergeEntities',
        into: into.id,
        intoName: into.name,
        intoType: into.type as Exclude<EntityRecord['type'], 'Event'>,
        from: [...new Set(from.map((e) => e.id))],
      };
      return found((await curate(ctx, op, [into.id]))[0]);
    },
  }),
  addAlias: t.field({
    type: EntityRef,
    description: 'Give an entity another name: `entity(name:)` then finds it by that name.',
    args: { entity: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireCurator(ctx);
      const entity = await existing(ctx, String(args.entity), 'entity');
      const name = aliasName(args.name);
      const [owner] = await ctx.store.entitiesByNames([name]);
      if (owner && owner.id !== entity.id) {
        throw badArgument('name', `"${name}" already names ${owner.name}: merge the two entities instead.`);
      }
      return found((await curate(ctx, { op: 'addAlias', entity: entity.id, name }, [entity.id]))[0]);
    },
  }),
  removeAlias: t.field({
    type: EntityRef,
    description: 'Take a name away from an entity (one that is not its own).',
    args: { entity: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireCurator(ctx);
      const entity = await existing(ctx, String(args.entity), 'entity');
      const name = ownAlias(entity, args.name);
      return found((await curate(ctx, { op: 'removeAlias', entity: entity.id, name }, [entity.id]))[0]);
    },
  }),
  splitAlias: t.field({
    type: EntityRef,
    description:
      'Make an alias an entity of its own, of the same type: it takes the mentions and statements of the ' +
      'articles that use that name and none of the others. Returns the new entity.',
    args: { entity: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireCurator(ctx);
      const entity = await existing(ctx, String(args.entity), 'entity');
      const name = ownAlias(entity, args.name);
      const newId = await freshId(ctx, entity, name);
      const type = entity.type as Exclude<EntityRecord['type'], 'Event'>;
      const [, made] = await curate(ctx, { op: 'splitAlias', entity: entity.id, name, newId, type }, [
        entity.id,
        newId,
      ]);
      return found(made);
    },
  }),
  deleteArticle: t.id({
    description:
      'Delete an article with its statements, mentions and event links, and any entity or event left ' +
      'with none. Returns its id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireCurator(ctx);
      const id = decodeIdArg(String(args.id), 'id', ['Article']);
      if (!(await ctx.store.articlesByIds([id]))[0])
        throw badArgument('id', `No article with id "${args.id}".`);
      await ctx.store.curate({ op: 'deleteArticle', id });
      ctx.live?.publish('articleRemoved', id);
      return encodeGlobalID('Article', id);
    },
  }),
}));
