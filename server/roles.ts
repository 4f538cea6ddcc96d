// The role map from the spec (`x-keyway-roles`, generated into policy.ts): owner > admin >
// member > viewer, each with the scopes a member of that role may hold or grant.
import { scopes as catalogue, type RoleName, roles } from '../generated/policy.ts';

export type Role = RoleName;

const RANK: ReadonlyMap<string, number> = new Map(roles.map((r, i) => [r.name, roles.length - i]));
const SCOPES: ReadonlyMap<string, readonly string[]> = new Map(roles.map((r) => [r.name, r.scopes]));
const CATALOGUE: ReadonlySet<string> = new Set(catalogue.map((s) => s.name));

export function isRole(value: string): value is Role {
  return RANK.has(value);
}

/** A stored role, checked: an unknown one is corrupt data and fails loudly. */
export function roleOf(value: string): Role {
  if (!isRole(value)) throw new Error(`unknown role ${JSON.stringify(value)} in the database`);
  return value;
}

/** Higher is more powerful; unknown roles rank 0. */
export function rankOf(role: string): number {
  return RANK.get(role) ?? 0;
}

/** The scopes a role may hold, in catalogue order; none for an unknown role. */
export function scopesOfRole(role: string): readonly string[] {
  return SCOPES.get(role) ?? [];
}

export function isKnownScope(scope: string): boolean {
  return CATALOGUE.has(scope);
}

/** `wanted` ∩ `allowed`, in the order of `wanted`. */
export function intersect(wanted: readonly string[], allowed: readonly string[]): string[] {
  const set = new Set(allowed);
  return wanted.filter((s) => set.has(s));
}

/** The members of `wanted` that `allowed` lacks. */
export function missing(wanted: readonly string[], allowed: readonly string[]): string[] {
  const set = new Set(allowed);
  return wanted.filter((s) => !set.has(s));
}

export const OWNER: Role = 'owner';

/**
 * Why a caller may not grant `role` (by invitation or role change), or null when it may: the
 * role must rank no higher than the caller's own, and the calling credential must hold every
 * scope of the role, so a narrow key cannot hand out a wide role.
 */
export function roleGrantRefusal(
  caller: { role: string; scopes: readonly string[] },
  role: string,
): string | null {
  if (rankOf(role) > rankOf(caller.role)) return `A ${caller.role} cannot grant the role ${role}.`;
  const lacking = missing(scopesOfRole(role), caller.scopes);
  if (lacking.length > 0)
    return `Granting the role ${role} needs this credential to hold ${lacking.join(', ')}.`;
  return null;
}
