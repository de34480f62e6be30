/**
 * A project's triage settings as triage needs them: its rules (or the
 * defaults) and every version of its SLA policy (version 0 is the default
 * policy in the project's time zone).
 */
import type { Deps } from '../deps.js';
import type { Db } from '../storage/schema.js';
import type { Project } from '../storage/repositories/projects.js';
import { findPolicyVersion, listPolicyVersions } from '../storage/repositories/sla.js';
import { DEFAULT_RULES, defaultSlaPolicy, ruleSetSchema, slaPolicySchema, type Rule, type SlaPolicy } from '../triage/index.js';

const parsedRules = new WeakMap<object, readonly Rule[]>();

/**
 * The rules triage applies in a project. The stored rules are checked once
 * per loaded project row, however many reports it files.
 */
export function rulesOf(project: Project): readonly Rule[] {
  const stored = project.triageRules;
  if (stored === null) return DEFAULT_RULES;
  if (typeof stored !== 'object') return ruleSetSchema.parse(stored).rules as Rule[];
  let rules = parsedRules.get(stored);
  if (!rules) {
    rules = ruleSetSchema.parse(stored).rules as Rule[];
    parsedRules.set(stored, rules);
  }
  return rules;
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

const policyCaches = new WeakMap<Deps, Map<string, SlaPolicy>>();

/**
 * The SLA policy new tickets of a project start under. Stored versions never
 * change, so each is read and checked once per app (per `deps`); `db` is
 * where to read it, e.g. the transaction under way.
 *
 * @example
 * const policy = await currentPolicyOf(deps, trx, project);
 */
export async function currentPolicyOf(deps: Deps, db: Db, project: Project): Promise<SlaPolicy> {
  let cache = policyCaches.get(deps);
  if (!cache) policyCaches.set(deps, (cache = new Map()));
  const key = `${project.id} ${project.slaPolicyVersion} ${project.timeZone}`;
  let policy = cache.get(key);
  if (!policy) {
    const stored = project.slaPolicyVersion === 0 ? undefined : await findPolicyVersion(db, project.id, project.slaPolicyVersion);
    policy = stored === undefined ? defaultPolicyOf(project) : (slaPolicySchema.parse(stored) as SlaPolicy);
    cache.set(key, policy);
  }
  return policy;
}
