#!/usr/bin/env node
/**
 * The `aftercare` command: `serve`, `migrate`, `init`, and the operations
 * commands `backup`, `purge`, `token` and `agent` (in ops/commands.ts). Flags
 * win over the `AFTERCARE_*` environment variables, which win over the defaults.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { agentCommand, backupCommand, commandDeps, processOutput, purgeCommand, tokenCommand } from './ops/commands.js';
import { resolveSecret } from './secret.js';
import { startServer } from './serve.js';
import { initInstance } from './services/setup.js';
import { openDatabase } from './storage/connect.js';
import { migrateToLatest } from './storage/migrate.js';

const USAGE = `Usage: aftercare <command> [options]

Commands:
  serve     start the HTTP server (migrates first)
  migrate   bring the database schema up to date
  init      create a project and an admin token
  backup <file>
            copy a live SQLite database to <file> (never overwrites);
            on PostgreSQL, prints the pg_dump command to use instead
  purge --older-than <days> [--tickets] [--dry-run]
            empty the diagnostics and delete the attachments of older reports;
            with --tickets also delete tickets closed before then
  token create --agent <id|name> [--name <token name>]
  token list [--agent <id|name>]
  token revoke <token id | token>
            API tokens of agents (a new token is shown once)
  agent create --name <name> [--role admin|agent|viewer] [--email <e-mail>]
               [--project <slug> [--project-role admin|agent|viewer]]

Options:
  --database <path|url>  SQLite file, :memory: or postgres:// URL (AFTERCARE_DATABASE, default ./aftercare.sqlite)
  --port <n>             port for serve (AFTERCARE_PORT, default 8787)
  --host <addr>          address for serve (AFTERCARE_HOST, default 127.0.0.1)
  --demo                 serve: also serve the demo page and widget bundle
  --name <name>          init: project name (default "My app"); agent create: its name;
                         token create: the token's name (default "cli")
  --slug <slug>          init: project slug (default "default")
  --origins <a,b>        init: allowed origins, comma separated (default: any)
  --json                 init, backup, purge, token, agent: print the result as JSON
`;

const COMMANDS = ['serve', 'migrate', 'init', 'backup', 'purge', 'token', 'agent'];

const fromHere = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean', default: false },
      name: { type: 'string' },
      slug: { type: 'string' },
      origins: { type: 'string' },
      json: { type: 'boolean', default: false },
      'older-than': { type: 'string' },
      tickets: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      agent: { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      project: { type: 'string' },
      'project-role': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 1;
  }
  if (!COMMANDS.includes(command)) {
    process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
    return 1;
  }
  const databaseUrl = values.database ?? process.env.AFTERCARE_DATABASE ?? './aftercare.sqlite';

  if (command === 'serve') {
    const port = Number(values.port ?? process.env.AFTERCARE_PORT ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port}`);
    const widgetDir = fromHere('../../widget/cdn');
    const consoleDir = fromHere('../../console/dist');
    const demoPage = fromHere('../../../examples/script-tag/index.html');
    const server = await startServer({
      databaseUrl,
      secret: resolveSecret(databaseUrl, process.env.AFTERCARE_SECRET),
      port,
      host: values.host ?? process.env.AFTERCARE_HOST ?? '127.0.0.1',
      ...(existsSync(widgetDir) && { widgetDir }),
      ...(existsSync(consoleDir) && { consoleDir }),
      ...(values.demo && existsSync(demoPage) && { demoPage }),
    });
    console.log(`Aftercare API   ${server.url}/v1   (health: ${server.url}/healthz)`);
    if (existsSync(consoleDir)) console.log(`Agent console   ${server.url}/console/`);
    if (server.demoProjectKey) {
      console.log(`Demo page       ${server.url}/`);
      console.log(`Demo project key ${server.demoProjectKey}`);
      // serve.ts issues a fresh demo admin token on each start, for signing in to the console.
      if (server.demoAdminToken) console.log(`Demo admin token ${server.demoAdminToken}   (development only; a new one each start)`);
    }
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }

  if (command === 'backup') {
    const fromEnv = values.database === undefined && process.env.AFTERCARE_DATABASE !== undefined;
    return backupCommand(databaseUrl, positionals[1], fromEnv, values, processOutput);
  }

  const database = openDatabase(databaseUrl);
  try {
    await migrateToLatest(database.db);
    const deps = commandDeps(database.db, database.dialect);
    if (command === 'purge') return await purgeCommand(deps, values, processOutput);
    if (command === 'token') return await tokenCommand(deps, positionals[1], positionals[2], values, processOutput);
    if (command === 'agent') return await agentCommand(deps, positionals[1], values, processOutput);
    if (command === 'migrate') {
      console.log('Database is up to date.');
      return 0;
    }
    if (command === 'init') {
      const result = await initInstance(deps, {
        name: values.name ?? 'My app',
        slug: values.slug ?? 'default',
        allowedOrigins: values.origins ? values.origins.split(',').map((o) => o.trim()).filter(Boolean) : [],
      });
      if (values.json) console.log(JSON.stringify(result));
      else {
        console.log(`Project id   ${result.projectId}`);
        console.log(`Project key  ${result.projectKey}   (public: put it in the script tag)`);
        console.log(`Admin token  ${result.adminToken}   (secret: shown once, stored hashed)`);
      }
      return 0;
    }
    throw new Error(`Unhandled command ${command}`);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`aftercare: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
