/**
 * What the app and its services are built from. Passed in, never imported, so
 * a test builds an app over a fresh database and a fake clock.
 */
import type { Clock } from './clock.js';
import type { IngestThread } from './services/ingest-thread.js';
import type { DialectName } from './storage/connect.js';
import type { Db } from './storage/schema.js';

/** Server settings. */
export interface ServerConfig {
  /**
   * Server secret: the HMAC key tracking tokens are derived with. Every
   * instance sharing a database must use the same one.
   */
  secret: string;
  /** Largest accepted body of `POST /v1/reports`, in bytes. */
  reportBodyLimit?: number;
  /** Directory holding the built widget bundle, served at `/widget/`. */
  widgetDir?: string;
  /** Directory holding the built agent console, served at `/console/`. */
  consoleDir?: string;
  /** The demo page, served at `/` with the demo project's key filled in. */
  demo?: { htmlFile: string; projectKey: string };
}

/** The dependencies of `createApp` and of every service. */
export interface Deps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  config: ServerConfig;
  /** Where reports are filed when not on the request thread (a SQLite server's ingest thread). */
  ingest?: IngestThread;
}
