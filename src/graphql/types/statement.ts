import type { TextSpan } from '../../domain/document.js';
import type { EntityRecord } from '../../store/graph-store.js';
import { builder } from '../builder.js';
import { decodeEntityIdArg } from '../global-id.js';
import { connectionOf, pageArgs, toPageArgs } from '../pagination.js';
import { ArticleRef, EntityRef, StatementConnection, StatementRef } from '../refs.js';
import { EntityTypeEnum, SortOrderEnum, StanceEnum, StatementKindEnum } from './enums.js';

const TextSpanRef = builder.objectRef<TextSpan>('TextSpan').implement({
  description:
    "A range of characters in an article's text: [start, end), as JavaScript string offsets (UTF-16).",
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just after the last character.' }),
  }),
});

StatementRef.implement({
  description: 'Something someone said, as an article reports it: who, what, about whom, where.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'cue' in value,
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quote (direct) or the reported content (reported).' }),
    kind: t.field({ type: StatementKindEnum, resolve: (s) => s.kind }),
    cue: t.exposeString('cue', {
      description: 'The verb that introduces it, as written: "said", "told", "warned".',
    }),
    negated: t.exposeBoolean('negated', {
      description:
        'True when the article reports that the speaker did NOT say it ("did not say", "would not ' +
        'recommend", "never claimed"); the text is what was not said.',
    }),
    stance: t.field({ type: StanceEnum, nullable: true, resolve: (s) => s.stance }),
    medium: t.exposeString('medium', {
      nullable: true,
      description: 'Where it was said: "Twitter", "MSNBC", "social media".',
    }),
    paragraph: t.exposeInt('paragraph', { description: '0-based index into the article paragraphs.' }),
    spans: t.field({
      type: [TextSpanRef],
      description:
        "Where the statement is in its article's text, in order: the slices make up its text (quotation " +
        'marks and whitespace aside). A quote split by "she said" has two.',
      resolve: (s) => s.spans,
    }),
    speaker: t.field({
      type: EntityRef,
      nullable: true,
      description: 'Who said it; null for anonymous speakers (see speakerDescription).',
      resolve: (s, _args, ctx) => (s.speakerId ? ctx.loaders.entityById.load(s.speakerId) : null),
    }),
    speakerDescription: t.exposeString('speakerDescription', {
      nullable: true,
      description:
        'How the article describes an anonymous speaker ("a senior Western intelligence official").',
    }),
    about: t.field({
      type: [EntityRef],
      description: 'Whom or what the statement concerns.',
      resolve: async (s, _args, ctx) =>
        (await ctx.loaders.entityById.loadMany(s.aboutIds)).filter(
          (e): e is EntityRecord => e !== null && !(e instanceof Error),
        ),
    }),
    article: t.field({ type: ArticleRef, resolve: (s) => s.articleId }),
  }),
});

builder.queryFields((t) => ({
  statements: t.field({
    type: StatementConnection,
    description:
      'Who said what about whom: statements filtered by speaker, subject, kind, stance, speaker type and date.',
    args: {
      ...pageArgs,
      speaker: t.arg.id({ description: 'Id of the entity that spoke.' }),
      about: t.arg.id({ description: 'Id of the entity spoken about.' }),
      kind: t.arg({ type: StatementKindEnum }),
      stance: t.arg({ type: StanceEnum }),
      speakerType: t.arg({ type: EntityTypeEnum, description: 'Only statements by speakers of this type.' }),
      from: t.arg({ type: 'Date', description: 'In articles published on or after.' }),
      to: t.arg({ type: 'Date', description: 'In articles published on or before.' }),
      order: t.arg({ type: SortOrderEnum, defaultValue: 'asc' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPageArgs(args);
      const filter = {
        speakerId: args.speaker ? decodeEntityIdArg(String(args.speaker), 'speaker') : null,
        aboutId: args.about ? decodeEntityIdArg(String(args.about), 'about') : null,
        kind: args.kind,
        stance: args.stance,
        speakerType: args.speakerType,
        from: args.from,
        to: args.to,
      };
      return connectionOf(await ctx.store.listStatements(filter, page, args.order ?? 'asc'), page);
    },
  }),
}));
