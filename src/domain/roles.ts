// Who may do what. Permissions are data: a procedure names one permission, and this table says
// which roles hold it. Anything not listed here is denied (see can()).

export const ROLES = [
  "RESIDENT",
  "NEIGHBOURHOOD_HEAD",
  "OFFICIAL",
  "LEADER",
  "OVERSIGHT",
  "ADMIN",
  "PROVINCE_ADMIN",
  "PROVINCE_LEADER",
  "PROVINCE_OVERSIGHT",
] as const;
export type Role = (typeof ROLES)[number];
export type StaffRoleName = Exclude<Role, "RESIDENT">;
export type ProvinceRoleName = Extract<Role, `PROVINCE_${string}`>;
export type CommuneStaffRoleName = Exclude<StaffRoleName, ProvinceRoleName>;

/** A commune's own staff. */
export const STAFF_ROLES: readonly CommuneStaffRoleName[] = [
  "NEIGHBOURHOOD_HEAD",
  "OFFICIAL",
  "LEADER",
  "OVERSIGHT",
  "ADMIN",
];
/** The province's staff: they reach every commune of their province, and no other province's. */
export const PROVINCE_ROLES: readonly ProvinceRoleName[] = ["PROVINCE_ADMIN", "PROVINCE_LEADER", "PROVINCE_OVERSIGHT"];

export function isProvinceRole(role: Role): role is ProvinceRoleName {
  return (PROVINCE_ROLES as readonly Role[]).includes(role);
}

/** "public": anyone, signed in or not. Otherwise the roles that hold the permission. */
export type PermissionRule = "public" | readonly Role[];

const STAFF = STAFF_ROLES;
const SIGNED_IN = ROLES;
// Province readers read a commune they chose from the province summary, and write nothing.
const PROVINCE_READERS = ["PROVINCE_LEADER", "PROVINCE_OVERSIGHT"] as const;
const PROVINCE_ALL = PROVINCE_ROLES;

export const PERMISSIONS = {
  // Public pages: published consultations, documents, results, verification.
  "commune.read": "public",
  "consultation.readPublic": "public",
  "record.verify": "public",
  // Any signed-in actor: who am I.
  "session.read": SIGNED_IN,
  // Staff console.
  "console.view": [...STAFF, ...PROVINCE_ALL],
  "consultation.read": [...STAFF, ...PROVINCE_READERS],
  "consultation.manage": ["OFFICIAL"],
  "consultation.approve": ["LEADER"],
  // Who may cancel from which state is the lifecycle's business (src/domain/lifecycle.ts).
  "consultation.cancel": ["OFFICIAL", "LEADER"],
  "neighbourhood.read": [...STAFF, ...PROVINCE_READERS],
  "household.read": ["NEIGHBOURHOOD_HEAD", "OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN"],
  "register.manage": ["ADMIN"],
  "credential.issue": ["OFFICIAL"],
  "staff.read": ["ADMIN"],
  "staff.manage": ["ADMIN"],
  "account.changePassword": [...STAFF, ...PROVINCE_ALL],
  "response.record": ["NEIGHBOURHOOD_HEAD", "OFFICIAL"],
  // A head voids only their own neighbourhood's entries (scoped in the server function).
  "response.void": ["NEIGHBOURHOOD_HEAD", "OFFICIAL"],
  "resident.view": ["RESIDENT"],
  "response.submitOnline": ["RESIDENT"],
  "tally.read": ["OFFICIAL", "LEADER", "OVERSIGHT", ...PROVINCE_READERS],
  "theme.read": ["OFFICIAL", "LEADER", "OVERSIGHT", ...PROVINCE_READERS],
  "theme.manage": ["OFFICIAL"],
  "theme.approve": ["LEADER"],
  "results.publish": ["LEADER"],
  "record.read": ["OFFICIAL", "LEADER", "OVERSIGHT", ...PROVINCE_READERS],
  "record.draft": ["OFFICIAL"],
  "record.finalise": ["LEADER"],
  "audit.read": ["OVERSIGHT", "LEADER", "ADMIN", ...PROVINCE_READERS],
  // Publicity (docs/LAW.md#r17): materials are read by whoever reads the consultation; a head takes
  // down their own neighbourhood's postings (scoped in the server function).
  "posting.takeDown": ["NEIGHBOURHOOD_HEAD", "OFFICIAL"],
  // Households' phone and e-mail: personal data, seen only by those who contact households, every
  // view of a list audited (Law 91/2025/QH15 on personal data protection).
  "contact.read": ["NEIGHBOURHOOD_HEAD", "OFFICIAL", "ADMIN"],
  "message.read": ["OFFICIAL", "LEADER", "OVERSIGHT"],
  "message.manage": ["OFFICIAL"],
  // The province: its summary of every commune, and its administration (communes, first
  // administrators, deactivating a commune's staff). These need no commune chosen.
  "province.read": PROVINCE_ALL,
  "province.manage": ["PROVINCE_ADMIN"],
} as const satisfies Record<string, PermissionRule>;

/** Permissions a province actor uses without having chosen a commune to read. */
export const PROVINCE_LEVEL: ReadonlySet<Permission> = new Set<Permission>([
  "session.read",
  "console.view",
  "account.changePassword",
  "province.read",
  "province.manage",
]);

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

export function isPublic(permission: Permission): boolean {
  return PERMISSIONS[permission] === "public";
}

/** Fails closed: an unknown permission or a missing role is a "no". */
export function can(role: Role | null | undefined, permission: string): boolean {
  if (!isPermission(permission)) return false;
  const rule: PermissionRule = PERMISSIONS[permission];
  if (rule === "public") return true;
  return role != null && rule.includes(role);
}

export function isStaffRole(role: Role): role is StaffRoleName {
  return role !== "RESIDENT";
}
