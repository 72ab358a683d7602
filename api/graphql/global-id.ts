import { isNodeLabel, type NodeLabel } from '../../model/labels.js';
import { badUserInput } from './errors.js';

/**
 * Relay global ids: base64url("Label:id"). Opaque to clients, so the storage id
 * can change shape without breaking them.
 */
export function toGlobalId(label: string, id: string): string {
  return Buffer.from(`${label}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  label: NodeLabel;
  id: string;
}

/** Null when the text is not one of our ids (so `node(id:)` can answer null or the caller can reject it). */
export function tryFromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 300 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const label = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!isNodeLabel(label) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return null;
  return { label, id };
}

/** Decodes an id argument or fails with BAD_USER_INPUT naming the argument; optionally requires a label. */
export function fromGlobalId(globalId: string, argument: string, expected?: readonly NodeLabel[]): DecodedId {
  const decoded = tryFromGlobalId(globalId);
  if (!decoded) throw badUserInput(`${argument}: "${truncate(globalId)}" is not a valid id`, argument);
  if (expected && !expected.includes(decoded.label)) {
    throw badUserInput(`${argument}: expected the id of a ${expected.join(' or ')}, got a ${decoded.label}`, argument);
  }
  return decoded;
}

function truncate(text: string): string {
  return String(text).length > 40 ? `${String(text).slice(0, 40)}…` : String(text);
}
