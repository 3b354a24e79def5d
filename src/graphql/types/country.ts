import { builder } from '../builder.js';
import { entityNode } from './entity.js';

export const CountryRef = entityNode('Country', {
  description: 'A country, also when named by its capital ("Moscow said") or a demonym ("Russian forces").',
  rootField: 'countries',
  rootDescription: 'Countries, by name.',
});

builder.objectField(CountryRef, 'code', (t) =>
  t.string({ nullable: true, description: 'ISO 3166-1 alpha-3 code.', resolve: (country) => country.code }),
);
