// The WAL checkpointer of an Aftercare server on SQLite (see
// src/storage/checkpointer.ts): a worker thread with its own connection that
// copies the write-ahead log back into the database file in the background,
// so the thread answering requests never pays for it in a commit.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    // PASSIVE: copies what no reader still needs and never waits on a lock.
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or locked this time: the next tick tries again.
  }
}, workerData.intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage('ready');
