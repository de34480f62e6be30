/**
 * Tests of reading diagnostics for display: malformed entries are left out,
 * in-app frames come first, the environment flattens into rows.
 */
import { equal, sameJson } from '../testing/assert.js';
import { hostileDiagnostics } from '../testing/fixtures.js';
import {
  environmentRows,
  frameText,
  readBreadcrumbs,
  readConsole,
  readErrors,
  readNetwork,
  readTruncated,
  splitFrames,
} from './read-diagnostics.js';

describe('reading diagnostics', () => {
  it('reads every section of what the SDK sends', () => {
    const d = hostileDiagnostics();
    equal(readConsole(d).length, 3, 'console');
    equal(readErrors(d).length, 1, 'errors');
    equal(readNetwork(d).length, 3, 'network');
    equal(readBreadcrumbs(d).length, 2, 'breadcrumbs');
    sameJson(readTruncated(d), [['console', 3]], 'truncated');
  });

  it('leaves out what does not fit the shape', () => {
    const d = {
      console: [{ level: 'shout', time: 't', args: [] }, { level: 'log', time: 't', args: 'x' }, null, 3],
      errors: [{ type: 'E', message: 'm', time: 't', frames: [{ inApp: 'yes' }, { inApp: true, line: 'x' }, { inApp: true }] }],
      network: [{ method: 'GET', url: '/', status: '200', durationMs: 1, time: 't' }],
      breadcrumbs: [{ type: 'click', time: 't' }, { type: 'hover', time: 't', selector: 'a' }],
      truncated: { console: 'many', network: 0 },
      environment: 'not an object',
    };
    equal(readConsole(d).length, 0, 'console');
    equal(readErrors(d)[0]!.frames.length, 1, 'frames');
    equal(readNetwork(d).length, 0, 'network');
    equal(readBreadcrumbs(d).length, 0, 'breadcrumbs');
    equal(readTruncated(d).length, 0, 'truncated');
    equal(environmentRows(d).length, 0, 'environment');
    equal(readConsole({}).length, 0, 'absent section');
  });

  it('puts in-app frames first, each group in its order', () => {
    const frames = readErrors(hostileDiagnostics())[0]!.frames;
    const { inApp, other } = splitFrames(frames);
    equal(inApp.map((f) => f.function).join(','), 'save,onClick', 'in-app');
    equal(other.map((f) => f.function).join(','), 'vendorFn', 'other');
    equal(frameText(inApp[0]!), 'save (https://app.example.com/app.js:12:5)', 'frame text');
    equal(frameText({ inApp: true }), '<anonymous>', 'bare frame');
  });

  it('flattens the environment, app, SDK and context into rows', () => {
    const rows = environmentRows({
      environment: { runtime: 'browser', viewport: { width: 1, height: 2 }, languages: ['en', 'fr'] },
      app: { release: '1.2.3' },
      sdk: { name: '@aftercare/sdk', version: '0.1.0' },
      context: { plan: 'pro' },
    });
    sameJson(rows, [
      ['runtime', 'browser'], ['viewport.width', '1'], ['viewport.height', '2'], ['languages', 'en, fr'],
      ['app.release', '1.2.3'], ['sdk', '@aftercare/sdk 0.1.0'], ['context.plan', 'pro'],
    ], 'rows');
  });
});
