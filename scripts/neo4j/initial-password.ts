import { randomBytes } from 'node:crypto';

/**
 * A new random password for a local instance: 36 hex characters (144 bits).
 * Hex, not base64url, because neo4j-admin reads an argument that starts
 * with "-" as an option, and one base64url password in 64 does.
 */
export function newInitialPassword(): string {
  return randomBytes(18).toString('hex');
}

/** The neo4j-admin arguments that set it; "--" ends the options in any case. */
export function setInitialPasswordArgs(password: string): string[] {
  return ['dbms', 'set-initial-password', '--', password];
}
