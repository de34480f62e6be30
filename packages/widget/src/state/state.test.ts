/**
 * Tests of the form checks, the draft built from the form, and the tracked
 * reports kept in localStorage.
 */
import { LIMITS } from '@aftercare/sdk/schemas';
import { equal } from '../testing/assert.js';
import { en } from '../i18n/en.js';
import { buildDraft, diagnosticSections } from './draft.js';
import { checkFiles, emptyForm, validateForm, withIdentity, type FormState } from './form-state.js';
import { forget, loadTracked, track } from './tracking-store.js';

const form = (patch: Partial<FormState>): FormState => ({ ...emptyForm(), message: 'It broke', ...patch });
const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe('validateForm', () => {
  const cases: [patch: Partial<FormState>, expected: string | undefined][] = [
    [{}, undefined],
    [{ message: '  \n ' }, 'message'],
    [{ email: 'ann@example.com' }, undefined],
    [{ email: '  ' }, undefined],
    [{ email: 'ann@' }, 'email'],
    [{ email: 'ann@example' }, 'email'],
    [{ email: 'a..b@example.com' }, 'email'],
    [{ message: '', email: 'bad' }, 'message'],
    [{ files: [file('a.txt', 10)] }, undefined],
  ];
  for (const [patch, expected] of cases) {
    it(`${JSON.stringify(patch)} → ${String(expected)}`, () => equal(validateForm(form(patch))?.field, expected, 'problem field'));
  }
});

describe('checkFiles', () => {
  it('allows up to the count and size limits', () => {
    equal(checkFiles(Array.from({ length: LIMITS.attachmentCount }, (_, i) => file(`${i}`, 1))), undefined, 'at the count limit');
    equal(checkFiles([file('big', LIMITS.attachmentBytes)]), undefined, 'at the size limit');
  });
  it('refuses one file too many, or too large, with a message naming it', () => {
    equal(checkFiles(Array.from({ length: LIMITS.attachmentCount + 1 }, (_, i) => file(`${i}`, 1)))?.text(en), 'You can attach up to 5 files.', 'count');
    equal(checkFiles([file('scan.pdf', LIMITS.attachmentBytes + 1)])?.text(en), 'scan.pdf is larger than 5 MB.', 'size');
  });
});

describe('buildDraft', () => {
  it('builds the reporter from the form and the identified id, leaving out empty fields', () => {
    const draft = buildDraft(form({ name: ' Ann ', email: '' }), { id: 'u_1', email: 'old@example.com' }, 'id-1', new Set());
    equal(JSON.stringify(draft.reporter), '{"id":"u_1","name":"Ann"}', 'reporter');
    equal(draft.id, 'id-1', 'report id');
    equal(draft.diagnostics, undefined, 'no diagnostics override');
  });
  it('sends the impact only for something broken', () => {
    equal(buildDraft(form({ kind: 'bug', impact: 'minor' }), undefined, 'x', new Set()).impact, 'minor', 'bug');
    equal(buildDraft(form({ kind: 'idea', impact: 'minor' }), undefined, 'x', new Set()).impact, 'unknown', 'idea');
  });
  it('writes switched-off sections as undefined, which JSON leaves out', () => {
    const draft = buildDraft(form({}), undefined, 'x', new Set(['console', 'network']));
    equal(JSON.stringify({ ...{ console: [1], errors: [2] }, ...draft.diagnostics }), '{"errors":[2]}', 'sections after merging');
  });
  it('lists switchable sections, not the SDK name or the truncation note', () => {
    equal(diagnosticSections({ sdk: {}, truncated: {}, console: [], environment: {}, gone: undefined }).join(), 'console,environment', 'sections');
  });
});

describe('tracking store', () => {
  beforeEach(() => localStorage.clear());
  it('keeps tickets per project, newest first, one entry per ticket', () => {
    track('pk_a', { ticketId: 't1', number: 1, trackingToken: 'trk_1', filedAt: 1 });
    track('pk_a', { ticketId: 't2', number: 2, trackingToken: 'trk_2', filedAt: 2 });
    track('pk_a', { ticketId: 't1', number: 1, trackingToken: 'trk_1b', filedAt: 3 });
    track('pk_b', { ticketId: 't9', number: 9, trackingToken: 'trk_9', filedAt: 4 });
    equal(loadTracked('pk_a').map((r) => `${r.number}:${r.trackingToken}`).join(), '1:trk_1b,2:trk_2', 'project a');
    equal(loadTracked('pk_b').length, 1, 'project b');
    forget('pk_a', 't2');
    equal(loadTracked('pk_a').length, 1, 'after forget');
    equal(localStorage.getItem('aftercare:reports:pk_a')?.includes('trk_1b'), true, 'stored in localStorage');
  });
  it('ignores what it cannot read', () => {
    localStorage.setItem('aftercare:reports:pk_c', '{not json');
    equal(loadTracked('pk_c').length, 0, 'broken JSON');
    localStorage.setItem('aftercare:reports:pk_c', JSON.stringify([{ ticketId: 1 }, { ticketId: 't', number: 3, trackingToken: 'x', filedAt: 0 }]));
    equal(loadTracked('pk_c').length, 1, 'invalid entries dropped');
  });
});

describe('withIdentity', () => {
  const ann = { name: 'Ann', email: 'ann@example.com' };
  const bob = { name: 'Bob', email: 'bob@example.com' };
  it('fills empty fields and follows the user where the reporter typed nothing of their own', () => {
    const first = withIdentity(emptyForm(), undefined, ann);
    equal(`${first.name} ${first.email}`, 'Ann ann@example.com', 'prefilled');
    const second = withIdentity(first, ann, bob);
    equal(`${second.name} ${second.email}`, 'Bob bob@example.com', 'follows a new user');
    const cleared = withIdentity(second, bob, undefined);
    equal(`${cleared.name}|${cleared.email}`, '|', 'cleared with the user');
  });
  it('keeps what the reporter typed', () => {
    const typed = { ...withIdentity(emptyForm(), undefined, ann), name: 'A. Lee' };
    equal(withIdentity(typed, ann, bob).name, 'A. Lee', 'typed name kept');
  });
});
