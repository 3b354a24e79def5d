import { decodeGlobalID } from '@pothos/plugin-relay';
import { ENTITY_TYPES, type EntityType } from '../domain/document.js';
import { badArgument } from './arguments.js';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Every type that implements Node: what a global id may name. */
export const NODE_TYPES: readonly string[] = [...ENTITY_TYPES, 'Article', 'Statement'];

/** A global id's type name and store id, or null when the string is not a global id at all. */
export function parseGlobalId(globalId: string): { typename: string; id: string } | null {
  try {
    const decoded = decodeGlobalID(globalId);
    return decoded.typename && decoded.id ? decoded : null;
  } catch {
    return null;
  }
}

/** Decode a global id given as an argument, insisting it names one of the expected types. */
export function decodeIdArg(globalId: string, argumentName: string, expected: readonly string[]): string {
  const decoded = parseGlobalId(globalId) ?? { typename: '', id: '' };
  if (!decoded.id || !expected.includes(decoded.typename)) {
    throw badArgument(
      argumentName,
      `Argument "${argumentName}" must be the id of a ${expected.join(', ')} node (as returned by this API), got "${globalId}".`,
    );
  }
  return decoded.id;
}

export const decodeEntityIdArg = (globalId: string, argumentName: string) =>
  decodeIdArg(globalId, argumentName, ENTITY_TYPES);

export const isEntityType = (typename: string): typename is EntityType => ENTITY_TYPE_SET.has(typename);
