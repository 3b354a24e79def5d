import { decodeGlobalID } from '@pothos/plugin-relay';
import { ENTITY_TYPES, type EntityType } from '../domain/document.js';
import { badArgument } from './arguments.js';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Decode a global id given as an argument, insisting it names one of the expected types. */
export function decodeIdArg(globalId: string, argumentName: string, expected: readonly string[]): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = { typename: '', id: '' };
  }
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
