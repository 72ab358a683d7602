/** Authentication and roles; no GraphQL here (the GraphQL layer turns refusals into errors). */
export { checkRead, checkRole, type Access } from './access.js';
export { hashSecret, newKeySecret, secretFromHeader, type NewKeySecret } from './api-key-secret.js';
export { ApiKeyVerifier, type ActiveKeyLookup } from './key-verifier.js';
export { isRole, roleAtLeast, ROLES, type Role } from './roles.js';
export { actorOf, ANONYMOUS, type Actor, type Viewer } from './viewer.js';
