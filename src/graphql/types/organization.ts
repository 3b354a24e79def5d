import { entityNode } from './entity.js';

export const OrganizationRef = entityNode('Organization', {
  description: 'An international body, government body, military, company or news outlet.',
  rootField: 'organizations',
  rootDescription: 'Organizations, by name.',
});
