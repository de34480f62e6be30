/**
 * Placeholder: filled in by the 06-webhooks work before it lands. Frozen once landed.
 */
import type { Kysely } from 'kysely';

/** Applies the migration. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** Reverts the migration. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
