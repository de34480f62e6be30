import { describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { createApp } from './app.js';
import { systemClock } from './clock.js';
import { hashToken } from './security/tokens.js';
import { openDatabase } from './storage/connect.js';
import { TEST_SECRET } from './test-support/databases.js';
import { postReport, reportBody } from './test-support/reports.js';

// The CLI is tested as users run it: the built file, in its own process.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = promisify(execFile);

describe('the aftercare CLI', () => {
  it('is built (run `pnpm build` first)', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('init --json creates a project and an admin token stored only as a hash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-cli-'));
    const database = join(dir, 'a.sqlite');
    const { stdout } = await run('node', [cli, 'init', '--json', '--database', database, '--origins', 'https://a.example, https://b.example']);
    const result = JSON.parse(stdout) as { projectId: string; projectKey: string; adminToken: string };
    expect(result.projectKey).toMatch(/^pk_/);
    expect(result.adminToken).toMatch(/^act_[\w-]{43}$/);
    const db = new BetterSqlite3(database, { readonly: true });
    const tokens = db.prepare('select token_hash from api_tokens').all() as Array<{ token_hash: string }>;
    const project = db.prepare('select allowed_origins from projects where id = ?').get(result.projectId) as { allowed_origins: string };
    db.close();
    expect(tokens).toEqual([{ token_hash: hashToken(result.adminToken) }]);
    expect(JSON.parse(project.allowed_origins)).toEqual(['https://a.example', 'https://b.example']);
  });

  it('migrate succeeds twice, and an unknown command fails with usage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-cli-'));
    const database = join(dir, 'm.sqlite');
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run('node', [cli, 'migrate', '--database', database]);
      expect(stdout).toContain('up to date');
    }
    await expect(run('node', [cli, 'frobnicate', '--database', database])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Unknown command: frobnicate'),
    });
  });

  it('serve listens on the port from AFTERCARE_PORT and answers /healthz', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-cli-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn('node', [cli, 'serve'], {
      env: { ...process.env, AFTERCARE_PORT: String(port), AFTERCARE_DATABASE: join(dir, 's.sqlite') },
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('/healthz')) resolve(text);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(output).toContain(`http://127.0.0.1:${port}/v1`);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await res.json()).toEqual({ status: 'ok', database: 'sqlite' });
      expect(existsSync(join(dir, 's.sqlite.secret'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('the operations commands', () => {
  // Each test runs the CLI several times, a process each.
  const SLOW = 90_000;

  /** Runs the CLI and resolves with its exit code and output, failing or not. */
  async function aftercare(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run('node', [cli, ...args], { env: { ...process.env, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  async function initialised(): Promise<{ dir: string; database: string; projectKey: string; adminToken: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'aftercare-cli-'));
    const database = join(dir, 'a.sqlite');
    const { stdout } = await aftercare(['init', '--json', '--database', database, '--slug', 'shop']);
    return { dir, database, ...(JSON.parse(stdout) as { projectKey: string; adminToken: string }) };
  }

  it('backup copies a SQLite database while a server writes to it, and never overwrites', async () => {
    const { dir, database, projectKey } = await initialised();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn('node', [cli, 'serve', '--database', database, '--port', String(port)], {
      env: { ...process.env, AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '0', AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY: '0' },
    });
    let writing = true;
    let filed = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('/healthz') && resolve());
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const writer = (async () => {
        while (writing) {
          const res = await fetch(`http://127.0.0.1:${port}/v1/reports`, postReport(projectKey, reportBody({ message: `Crash number ${filed} in export` })));
          if (res.status !== 201) throw new Error(`filing answered ${res.status}`);
          filed++;
        }
      })();
      while (filed < 5) await new Promise((r) => setTimeout(r, 20));
      const copy = join(dir, 'copy.sqlite');
      const backup = await aftercare(['backup', copy, '--database', database]);
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`to ${copy}`);
      const atBackup = filed;
      while (filed < atBackup + 3) await new Promise((r) => setTimeout(r, 20));
      writing = false;
      await writer;

      const db = new BetterSqlite3(copy, { readonly: true });
      const reports = (db.prepare('select count(*) as n from reports').get() as { n: number }).n;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      expect(reports).toBeGreaterThanOrEqual(5);
      expect(reports).toBeLessThan(filed);

      const again = await aftercare(['backup', copy, '--database', database]);
      expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('not overwriting') });
    } finally {
      writing = false;
      child.kill('SIGTERM');
    }
  }, SLOW);

  it('backup on PostgreSQL prints the pg_dump command instead, without the password', async () => {
    const result = await aftercare(['backup', 'x.dump', '--database', 'postgres://aftercare:hunter2@db.internal:5432/aftercare']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("pg_dump --format=custom --file='x.dump' --dbname='postgres://aftercare:***@db.internal:5432/aftercare'");
    expect(result.stderr).not.toContain('hunter2');
  }, SLOW);

  it('purge reports what a dry run would do, then does it', async () => {
    const { database, projectKey } = await initialised();
    const open = openDatabase(database);
    const deps = { db: open.db, dialect: open.dialect, clock: systemClock, config: { secret: TEST_SECRET } };
    const app = createApp(deps);
    for (const message of ['Old export crash', 'Old login failure', 'Fresh typo']) {
      const diagnostics = { environment: { url: 'https://app.example.com/' } };
      expect((await app.request('/v1/reports', postReport(projectKey, reportBody({ message, diagnostics })))).status).toBe(201);
    }
    await open.db.updateTable('reports').set({ received_at: '2020-01-01T00:00:00.000Z' }).where('message', 'like', 'Old%').execute();
    await open.db.updateTable('tickets').set({ status: 'closed', closed_at: '2020-01-02T00:00:00.000Z' }).where('title', 'like', 'Old export%').execute();
    await open.close();

    const dry = await aftercare(['purge', '--older-than', '30', '--tickets', '--dry-run', '--database', database]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing changed');
    expect(dry.stdout).toContain('Would empty the diagnostics of 2 older report(s)');
    expect(dry.stdout).toContain('Would delete 1 closed ticket(s) with 1 report(s)');

    const real = await aftercare(['purge', '--older-than', '30', '--tickets', '--json', '--database', database]);
    expect(JSON.parse(real.stdout)).toMatchObject({ dryRun: false, diagnosticsCleared: 2, ticketsDeleted: { tickets: 1, reports: 1 } });
    const db = new BetterSqlite3(database, { readonly: true });
    expect(db.prepare('select message, diagnostics from reports order by message').all()).toEqual([
      { message: 'Fresh typo', diagnostics: expect.stringContaining('environment') },
      { message: 'Old login failure', diagnostics: '{}' },
    ]);
    db.close();
    expect(await aftercare(['purge', '--database', database])).toMatchObject({ code: 1, stderr: expect.stringContaining('--older-than <days>') });
  }, SLOW);

  it('agent create, token create, list and revoke: a revoked token gets 401', async () => {
    const { database } = await initialised();
    const agent = await aftercare(['agent', 'create', '--name', 'Ada', '--project', 'shop', '--project-role', 'agent', '--json', '--database', database]);
    expect(agent.code).toBe(0);
    const ada = JSON.parse(agent.stdout) as { id: string };
    const created = await aftercare(['token', 'create', '--agent', 'Ada', '--name', 'laptop', '--database', database]);
    expect(created.code).toBe(0);
    const token = /Token\s+(act_\S+)/.exec(created.stdout)?.[1];
    const tokenId = /Token id\s+(\S+)/.exec(created.stdout)?.[1];
    expect(token).toMatch(/^act_/);

    const list = await aftercare(['token', 'list', '--agent', ada.id, '--database', database]);
    expect(list.stdout).toContain(`${tokenId}\tAda (${ada.id})\tlaptop\t`);
    expect(list.stdout).not.toContain(token!);

    const me = async () => {
      const open = openDatabase(database);
      try {
        const app = createApp({ db: open.db, dialect: open.dialect, clock: systemClock, config: { secret: TEST_SECRET } });
        return (await app.request('/v1/agent/me', { headers: { Authorization: `Bearer ${token}` } })).status;
      } finally {
        await open.close();
      }
    };
    expect(await me()).toBe(200);
    expect((await aftercare(['token', 'revoke', tokenId!, '--database', database])).stdout).toContain(`Revoked token ${tokenId}`);
    expect(await me()).toBe(401);
    expect((await aftercare(['token', 'revoke', token!, '--database', database])).stdout).toContain('already revoked');
    expect(await aftercare(['token', 'create', '--agent', 'Nobody', '--database', database])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No agent with id or name "Nobody"'),
    });
  }, SLOW);
});
