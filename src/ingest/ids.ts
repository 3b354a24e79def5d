/** Stable ids: hashes of stable parts, long enough never to collide. */
import { createHash } from 'node:crypto';

/** 96 bits of SHA-256 in hex: no collision among billions of records. */
export const stableHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);
