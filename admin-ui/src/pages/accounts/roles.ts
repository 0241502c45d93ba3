/**
 * The roles of the server's catalogue (api/Security/Roles.cs), offered when an account or a client is given roles.
 * The server decides what may be held together (三员 separated, no second-factor role for a client) and refuses with
 * its own message, shown at the field.
 */
export const accountRoles = [
  'community-officer',
  'intelligence-officer',
  'security-admin',
  'system-admin',
  'auditor',
  'unit-integration',
  'dashboard',
  'political-legal-committee',
] as const;

/** Roles whose holders must sign in with a second factor, which a machine client has none of. */
const secondFactorRoles: readonly string[] = ['system-admin', 'intelligence-officer'];

export const clientRoles = accountRoles.filter((role) => !secondFactorRoles.includes(role));

export function roleOptions(roles: readonly string[], labels: Record<string, string>) {
  return roles.map((role) => ({ value: role, label: `${labels[role] ?? role} (${role})` }));
}
