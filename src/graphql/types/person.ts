import type { RoleRecord } from '../../store/graph-store.js';
import { builder } from '../builder.js';
import { EntityRef } from '../refs.js';
import { entityNode } from './entity.js';

const RoleRef = builder.objectRef<RoleRecord>('Role').implement({
  description: 'A position a person holds: "Secretary of State" of the United States.',
  fields: (t) => ({
    title: t.exposeString('title'),
    of: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The country or organization the role belongs to, when the text names one.',
      resolve: (role, _args, ctx) => (role.ofId ? ctx.loaders.entityById.load(role.ofId) : null),
    }),
  }),
});

export const PersonRef = entityNode('Person', {
  description: 'A named person: a speaker, an official, a subject of statements.',
  rootField: 'people',
  rootDescription: 'People, by name.',
});

builder.objectField(PersonRef, 'roles', (t) =>
  t.loadableList({
    type: RoleRef,
    description: 'Titles the articles give this person.',
    load: (ids: string[], ctx) => ctx.store.rolesOf(ids),
    resolve: (person) => person.id,
  }),
);
