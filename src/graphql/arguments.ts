import { GraphQLError } from 'graphql';

/** A bad argument: the message names the argument and what it takes. */
export function badArgument(argumentName: string, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName, ...extensions } });
}

/** Check an integer argument against its bounds, naming it in the error. */
export function intInRange(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badArgument(argumentName, `"${argumentName}" must be between ${min} and ${max}, got ${value}.`, {
      minimum: min,
      maximum: max,
    });
  }
  return value;
}
