import { describe, expect, it } from 'vitest';
import { migrateDown, migrations } from './migrate.js';
import { DIALECTS, freshDatabase } from '../test-support/databases.js';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('apply in date order and can be undone', async () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}_\d{2}-[a-z0-9-]+$/);

    const database = await freshDatabase(dialect);
    const tables = async () => (await database.db.introspection.getTables()).map((t) => t.name).sort();
    expect(await tables()).toEqual(['agents', 'api_tokens', 'attachments', 'audit_log', 'kb_articles', ...(dialect === 'sqlite' ? ['kb_articles_fts', 'kb_articles_fts_config', 'kb_articles_fts_data', 'kb_articles_fts_docsize', 'kb_articles_fts_idx'] : []), 'kb_deflections', 'leases', 'outbox_events', 'project_members', 'projects', 'ratings', 'reports', 'sla_notices', 'sla_policies', 'ticket_events', 'tickets', 'webhook_attempts', 'webhook_cursor', 'webhook_deliveries', 'webhooks']);
    for (let i = 0; i < names.length; i++) await migrateDown(database.db);
    expect(await tables()).toEqual([]);
    await database.close();
  });
});
