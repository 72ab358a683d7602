/**
 * Who may do what. Roles are ordered: each includes the rights of the ones
 * before it. Reads are public unless READS_REQUIRE_KEY is set (then any key,
 * viewer or above, reads); writes need an editor; merging, deleting and reading
 * the audit trail need an admin.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` has at least the rights of `required`. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
