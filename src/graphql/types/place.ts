import { entityNode } from './entity.js';

export const PlaceRef = entityNode('Place', {
  description: 'A city or region.',
  rootField: 'places',
  rootDescription: 'Places, by name.',
});
