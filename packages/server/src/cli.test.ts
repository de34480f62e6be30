import { describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { hashToken } from './security/tokens.js';

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
