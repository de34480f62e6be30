/**
 * Browser tests of the triage and SLA screens: rules edited as JSON with
 * the JSON checked first and the server's 422 details shown by path, reset
 * to defaults, routing, read-only for non-admins, the dry-run, and the SLA
 * policy shown and edited. The network edge is faked.
 */
import { equal, includes, sameJson, waitFor } from '../testing/assert.js';
import { asInstanceAdmin, openAdmin } from '../testing/admin-helpers.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, fill } from '../testing/mount.js';
import { parseJson } from './json-editor.js';

const editor = (root: ShadowRoot) => root.querySelector('ac-json-editor')!.shadowRoot!;
const puts = (api: FakeApi) => api.requests.filter((r) => r.method === 'PUT');

describe('triage and SLA screens', () => {
  let api: FakeApi;
  let realConfirm: typeof window.confirm;
  beforeEach(() => {
    api = fakeApi(sampleDesk());
    realConfirm = window.confirm;
    window.confirm = () => true;
  });
  afterEach(() => {
    window.confirm = realConfirm;
    api.restore();
    cleanUp();
  });

  it('check JSON before sending it', () => {
    sameJson(parseJson('[1]', 'array'), { value: [1] }, 'array');
    const broken = parseJson('{', 'array');
    equal('problem' in broken ? broken.problem : 'none', 'syntax', 'syntax');
    equal('problem' in parseJson('{}', 'array'), true, 'shape');
    equal('problem' in parseJson('[]', 'object'), true, 'object expected');
  });

  it('edits rules as JSON, shows the server\'s issues by path, and resets to defaults', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('triage', 'ac-triage-admin');
    await waitFor(() => root.querySelector('[data-rules-state="custom"]'), 'custom rules');
    const text = () => editor(root).querySelector<HTMLTextAreaElement>('textarea')!;
    const save = () => editor(root).querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    includes(text().value, '"id": "checkout"', 'rules as JSON');
    fill(text(), '[{ "id": "checkout", ');
    save();
    await waitFor(() => editor(root).querySelector('[data-status="error"]')?.textContent?.includes('not valid JSON'), 'syntax error shown');
    equal(puts(api).length, 0, 'nothing sent');
    fill(text(), '[{ "id": "has space", "version": 0, "when": { "type": "always" }, "actions": [] }]');
    save();
    await waitFor(() => editor(root).querySelector('.issues'), 'server issues');
    const issues = [...editor(root).querySelectorAll('.issues li')].map((li) => li.textContent);
    equal(issues.join(' | '), 'rules.0.id: letters, digits, ".", "_" or "-", at most 64 | rules.0.version: Too small: expected number to be >0', 'by path');
    includes(text().value, 'has space', 'the text is kept to fix');
    fill(text(), '[{ "id": "vip", "version": 1, "when": { "type": "always" }, "actions": [{ "type": "set_tier", "tier": 2 }] }]');
    save();
    await waitFor(() => editor(root).querySelector('[data-status="done"]')?.textContent === 'Saved.', 'saved');
    equal((puts(api).at(-1)!.body as { rules: Array<{ id: string }> }).rules[0]!.id, 'vip', 'rules sent');
    root.querySelector<HTMLButtonElement>('[data-action="reset"]')!.click();
    await waitFor(() => root.querySelector('[data-rules-state="default"]'), 'defaults');
    equal(JSON.stringify(puts(api).at(-1)!.body), '{"rules":null}', 'reset request');
  });

  it('changes the routing strategy', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('triage', 'ac-triage-admin');
    const radio = await waitFor(() => root.querySelector<HTMLInputElement>('input[value="round_robin"]'), 'routing');
    radio.click();
    await waitFor(() => api.triage.routingStrategy === 'round_robin', 'saved');
    equal(JSON.stringify(puts(api).at(-1)!.body), '{"strategy":"round_robin"}', 'request');
  });

  it('lets an agent read the rules and dry-run them, not change them', async () => {
    const root = await openAdmin('triage', 'ac-triage-admin');
    await waitFor(() => root.querySelector('ac-json-editor'), 'editor');
    await waitFor(() => editor(root).querySelector('textarea')?.readOnly, 'read-only');
    equal(editor(root).querySelector('[data-action="save"]'), null, 'no save');
    equal(root.querySelector<HTMLInputElement>('input[value="round_robin"]')!.disabled, true, 'routing locked');
    const dry = deep(document, 'aftercare-console', 'ac-admin', 'ac-triage-admin', 'ac-dry-run')!.shadowRoot!;
    fill(dry.querySelector<HTMLTextAreaElement>('#dry-message')!, 'Checkout crashes when I pay');
    fill(dry.querySelector<HTMLSelectElement>('#dry-impact')!, 'blocks_me');
    dry.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const result = await waitFor(() => dry.querySelector('[data-result]'), 'result');
    equal(JSON.stringify(api.requests.at(-1)!.body), '{"message":"Checkout crashes when I pay","kind":"bug","impact":"blocks_me"}', 'request');
    equal(result.querySelector('[data-field="severity"]')?.textContent, 'Urgent', 'severity');
    includes(result.querySelector('[data-rule="checkout"]')?.textContent, 'Severity: Normal → Urgent', 'what the rule changed');
    await waitFor(() => result.querySelector('[data-field="assignee"]')?.textContent?.includes('Otto'), 'assignee by name');
    includes(result.querySelector('[data-field="grouping"]')?.textContent, 'Would join #2 Checkout fails', 'grouping');
  });

  it('shows the SLA policy and saves an edit as the next version', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('sla', 'ac-sla-admin');
    await waitFor(() => root.querySelector('[data-version]'), 'policy');
    includes(root.querySelector('[data-version]')?.textContent, 'Version 2', 'version');
    const urgent = root.querySelector('[data-table="targets"] tbody tr')!;
    includes(urgent.textContent, '15 min', 'urgent first response');
    includes(urgent.textContent, 'around the clock', 'clock');
    includes(root.querySelector('[data-table="calendar"]')?.textContent, 'Europe/Berlin', 'time zone');
    includes(root.querySelector('[data-table="calendar"]')?.textContent?.replace(/\s+/g, ' '), 'Sat closed', 'weekend');
    const text = editor(root).querySelector<HTMLTextAreaElement>('textarea')!;
    const policy = JSON.parse(text.value) as Record<string, unknown>;
    equal('version' in policy, false, 'edited without its version');
    fill(text, JSON.stringify({ ...policy, calendar: undefined }));
    editor(root).querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await waitFor(() => editor(root).querySelector('.issues')?.textContent?.includes('calendar: Invalid input'), 'server issue');
    fill(editor(root).querySelector<HTMLTextAreaElement>('textarea')!, JSON.stringify({ ...policy, warning: { minutes: 30 } }));
    editor(root).querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await waitFor(() => root.querySelector('[data-version]')?.textContent?.includes('Version 3'), 'next version');
    includes(root.querySelector('[data-table="calendar"]')?.textContent, '30 minutes before a deadline', 'new warning shown');
  });
});
