/**
 * Projects: creating them and resolving the public key a request carries.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { randomToken } from '../security/tokens.js';
import {
  findProjectByKey,
  insertProject,
  type Project,
} from '../storage/repositories/projects.js';

/** What is needed to create a project. */
export interface NewProject {
  name: string;
  slug: string;
  allowedOrigins?: string[];
  timeZone?: string;
}

/**
 * Creates a project with a fresh public key.
 *
 * @example
 * const project = await createProject(deps, { name: 'Shop', slug: 'shop' });
 */
export async function createProject(deps: Deps, input: NewProject): Promise<Project> {
  const project: Project = {
    id: randomUUID(),
    slug: input.slug,
    name: input.name,
    publicKey: randomToken('pk'),
    allowedOrigins: input.allowedOrigins ?? [],
    disabled: false,
    timeZone: input.timeZone ?? 'UTC',
    triageRules: null,
    routingStrategy: 'round_robin',
    lastAssigneeId: null,
    slaPolicyVersion: 0,
    autoCloseDays: 7,
    createdAt: deps.clock.now().toISOString(),
  };
  await insertProject(deps.db, project);
  return project;
}

/**
 * Resolves the project of a public key, or fails with the right code. `find`
 * looks the key up (default: one query), e.g. through a batcher that reads
 * the keys of concurrent requests together.
 */
export async function projectForKey(
  deps: Deps,
  key: string | undefined,
  find: (key: string) => Promise<Project | undefined> = (k) => findProjectByKey(deps.db, k),
): Promise<Project> {
  if (!key) throw new AppError('missing_project_key', 401, 'Send the project key in the X-Aftercare-Key header');
  const project = await find(key);
  if (!project) throw new AppError('unknown_project_key', 401, 'No project has this key');
  if (project.disabled) throw new AppError('project_disabled', 403, 'This project does not accept reports');
  return project;
}

/**
 * True when a browser origin may talk to a project: no Origin header (a
 * server-side caller), an empty allow-list (development), or a listed origin.
 */
export function originAllowed(project: Project, origin: string | undefined): boolean {
  if (!origin || project.allowedOrigins.length === 0) return true;
  return project.allowedOrigins.includes(origin);
}

/** Fails with `origin_not_allowed` unless {@link originAllowed}. */
export function assertOriginAllowed(project: Project, origin: string | undefined): void {
  if (!originAllowed(project, origin)) {
    throw new AppError('origin_not_allowed', 403, `Origin ${origin} is not allowed for this project`);
  }
}
