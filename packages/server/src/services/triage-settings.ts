/**
 * A project's triage settings as triage needs them: its rules (or the
 * defaults) and every version of its SLA policy (version 0 is the default
 * policy in the project's time zone).
 */
import type { Deps } from '../deps.js';
import type { Db } from '../storage/schema.js';
import type { Project } from '../storage/repositories/projects.js';
import { listPolicyVersions } from '../storage/repositories/sla.js';
import { DEFAULT_RULES, defaultSlaPolicy, ruleSetSchema, slaPolicySchema, type Rule, type SlaPolicy } from '../triage/index.js';

/** The rules triage applies in a project. */
export function rulesOf(project: Project): readonly Rule[] {
  if (project.triageRules === null) return DEFAULT_RULES;
  return ruleSetSchema.parse(project.triageRules).rules as Rule[];
}

/** The default policy of a project: version 0, in its time zone. */
export function defaultPolicyOf(project: Project): SlaPolicy {
  return defaultSlaPolicy({ timeZone: project.timeZone, version: 0 });
}

/** Every policy version of a project, and the current one. */
export async function policiesOf(db: Db | Deps['db'], project: Project): Promise<{ current: SlaPolicy; all: SlaPolicy[] }> {
  const stored = (await listPolicyVersions(db, project.id)).map((row) => slaPolicySchema.parse(row.policy) as SlaPolicy);
  const all = [defaultPolicyOf(project), ...stored];
  const current = all.find((policy) => policy.version === project.slaPolicyVersion) ?? all[0]!;
  return { current, all };
}
