/**
 * The operations commands of the `aftercare` CLI: backup, purge, token and
 * agent. Each takes the parsed flags, does its work through the services in
 * this directory and prints for a person (or JSON with `--json`); each
 * returns the process exit code. cli.ts parses and dispatches.
 */
import { systemClock } from '../clock.js';
import type { Deps } from '../deps.js';
import { isPostgresUrl } from '../storage/connect.js';
import { backupSqlite, pgDumpCommand } from './backup.js';
import { describePurge, purge } from './purge.js';
import { createAgent, createAgentToken, listAgentTokens, revokeAgentToken } from './tokens.js';

/** The flags the operations commands read. */
export interface OpsFlags {
  json?: boolean;
  name?: string;
  'older-than'?: string;
  tickets?: boolean;
  'dry-run'?: boolean;
  agent?: string;
  role?: string;
  email?: string;
  project?: string;
  'project-role'?: string;
}

/** Where a command writes: stdout and stderr, replaceable in tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Writes to the process's streams. */
export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * `aftercare backup <file>`: an online copy of SQLite; on PostgreSQL, the
 * pg_dump command to run instead (and exit code 1: nothing was copied).
 */
export async function backupCommand(databaseUrl: string, target: string | undefined, fromEnv: boolean, flags: OpsFlags, io: Output): Promise<number> {
  if (!target) {
    io.err('Usage: aftercare backup <file>');
    return 1;
  }
  if (isPostgresUrl(databaseUrl)) {
    io.err('aftercare backup copies SQLite databases. On PostgreSQL, take a consistent dump with pg_dump while the server runs:');
    io.err(`  ${pgDumpCommand(databaseUrl, target, fromEnv)}`);
    io.err('and restore it with pg_restore (see docs/backups.md).');
    return 1;
  }
  const result = await backupSqlite(databaseUrl, target);
  if (flags.json) io.out(JSON.stringify(result));
  else {
    io.out(`Backed up ${databaseUrl} to ${result.file} (${result.bytes} bytes, ${result.tickets} tickets).`);
    io.out(`Keep ${databaseUrl}.secret (or your AFTERCARE_SECRET) safe as well: tracking tokens need it.`);
  }
  return 0;
}

/** `aftercare purge --older-than <days> [--tickets] [--dry-run] [--json]`. */
export async function purgeCommand(deps: Deps, flags: OpsFlags, io: Output): Promise<number> {
  const raw = flags['older-than'];
  if (raw === undefined || !/^\d+$/.test(raw)) {
    io.err('Usage: aftercare purge --older-than <days> [--tickets] [--dry-run]');
    return 1;
  }
  const report = await purge(deps, { olderThanDays: Number(raw), tickets: flags.tickets ?? false, dryRun: flags['dry-run'] ?? false });
  if (flags.json) io.out(JSON.stringify(report));
  else describePurge(report).forEach((line) => io.out(line));
  return 0;
}

/** `aftercare token create|list|revoke`. */
export async function tokenCommand(deps: Deps, action: string | undefined, arg: string | undefined, flags: OpsFlags, io: Output): Promise<number> {
  if (action === 'create') {
    if (!flags.agent) {
      io.err('Usage: aftercare token create --agent <id|name> [--name <token name>]');
      return 1;
    }
    const created = await createAgentToken(deps, { agent: flags.agent, ...(flags.name !== undefined && { name: flags.name }) });
    if (flags.json) io.out(JSON.stringify({ id: created.id, agentId: created.agent.id, name: created.name, token: created.token }));
    else {
      io.out(`Token id  ${created.id}`);
      io.out(`Agent     ${created.agent.name} (${created.agent.id})`);
      io.out(`Token     ${created.token}   (secret: shown once, stored hashed)`);
    }
    return 0;
  }
  if (action === 'revoke') {
    if (!arg) {
      io.err('Usage: aftercare token revoke <token id | the token itself>');
      return 1;
    }
    const { id, alreadyRevoked } = await revokeAgentToken(deps, arg);
    io.out(alreadyRevoked ? `Token ${id} was already revoked.` : `Revoked token ${id}.`);
    return 0;
  }
  if (action === 'list') {
    const tokens = await listAgentTokens(deps, flags.agent);
    if (flags.json) io.out(JSON.stringify(tokens));
    else {
      io.out(['id', 'agent', 'name', 'created', 'revoked'].join('\t'));
      for (const t of tokens) io.out([t.id, `${t.agentName} (${t.agentId})`, t.name, t.createdAt, t.revokedAt ?? '-'].join('\t'));
    }
    return 0;
  }
  io.err('Usage: aftercare token create|list|revoke');
  return 1;
}

/** `aftercare agent create --name N [--role R] [--email E] [--project slug [--project-role R]]`. */
export async function agentCommand(deps: Deps, action: string | undefined, flags: OpsFlags, io: Output): Promise<number> {
  if (action !== 'create' || !flags.name) {
    io.err('Usage: aftercare agent create --name <name> [--role admin|agent|viewer] [--email <e-mail>] [--project <slug> [--project-role admin|agent|viewer]]');
    return 1;
  }
  const agent = await createAgent(deps, {
    name: flags.name,
    ...(flags.role !== undefined && { role: flags.role }),
    ...(flags.email !== undefined && { email: flags.email }),
    ...(flags.project !== undefined && { project: flags.project }),
    ...(flags['project-role'] !== undefined && { projectRole: flags['project-role'] }),
  });
  if (flags.json) io.out(JSON.stringify(agent));
  else {
    io.out(`Agent id  ${agent.id}`);
    io.out(`Name      ${agent.name} (${agent.role})`);
    if (agent.project) io.out(`Project   ${agent.project.slug} (${agent.project.role})`);
    io.out(`Give it a token: aftercare token create --agent ${agent.id}`);
  }
  return 0;
}

/** Deps for a command over an open database (the clock is the real one). */
export function commandDeps(db: Deps['db'], dialect: Deps['dialect']): Deps {
  return { db, dialect, clock: systemClock, config: { secret: '' } };
}
