import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let unknownAccountHash: Promise<string> | undefined;

/** Verifies against a throw-away hash, so that an unknown account takes as long as a known one. */
export async function verifyNothing(password: string): Promise<false> {
  unknownAccountHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await unknownAccountHash, password);
  return false;
}
