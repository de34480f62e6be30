/**
 * `@aftercare/server`: the app factory and what it is built from, for
 * embedding the server in another Node process or testing against it.
 */
export { createApp } from './app.js';
export { systemClock, fixedClock, type Clock } from './clock.js';
export type { Deps, ServerConfig } from './deps.js';
export { AppError, type ErrorCode } from './errors.js';
export { openDatabase, isPostgresUrl, type OpenDatabase, type DialectName } from './storage/connect.js';
export { migrateToLatest } from './storage/migrate.js';
export { createProject } from './services/projects.js';
export { initInstance } from './services/setup.js';
export { startServer, type RunningServer, type StartOptions } from './serve.js';
