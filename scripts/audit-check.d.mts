export type AuditException = { id: string; reason: string };
export type AuditFinding = { id: string; package: string; severity: string; title: string };
export function auditVerdict(
  stdout: string,
  exceptions?: AuditException[],
): { verdict: "pass" } | { verdict: "fail"; findings: AuditFinding[] } | { verdict: "unavailable"; reason: string };
