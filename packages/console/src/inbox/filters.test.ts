/**
 * Tests of the inbox's filters, saved views and keyboard shortcuts, and of
 * the console's routes: pure functions, tables of cases.
 */
import { equal, sameJson } from '../testing/assert.js';
import { adminHref, articleHref, inboxHref, parseRoute, statsHref, ticketHref } from '../shell/routes.js';
import { DEFAULT_FILTERS, hasExtraFilters, readFilters, toListQuery, writeFilters } from './filters.js';
import { inboxAction } from './keyboard.js';
import { VIEW_IDS, viewQuery } from './saved-views.js';

const ACTIVE = 'new,open,in_progress,waiting_on_reporter';

describe('inbox filters', () => {
  it('read what they wrote, leaving defaults out of the URL', () => {
    const filters = { ...DEFAULT_FILTERS, view: 'mine' as const, severity: ['urgent' as const, 'high' as const], q: 'export csv', from: '2026-03-01' };
    const params = writeFilters(filters);
    equal(params.toString(), 'view=mine&severity=urgent%2Chigh&from=2026-03-01&q=export+csv', 'query string');
    sameJson(readFilters(params), filters, 'round trip');
    equal(writeFilters(DEFAULT_FILTERS).toString(), '', 'defaults');
  });

  it('drop unknown values instead of sending them to the server', () => {
    const f = readFilters(new URLSearchParams('view=nope&status=open,bogus&severity=&sort=sideways&from=yesterday'));
    equal(f.view, 'open', 'view');
    sameJson(f.status, ['open'], 'status');
    sameJson(f.severity, [], 'severity');
    equal(f.sort, '-created', 'sort');
    equal(f.from, '', 'from');
    const g = readFilters(new URLSearchParams('sla=late&tier=3'));
    equal(g.sla, '', 'sla');
    equal(g.tier, '', 'tier');
  });

  it('send SLA states and the tier, over the view', () => {
    const f = readFilters(new URLSearchParams('view=breached&sla=warning,breached&tier=2'));
    sameJson([f.view, f.sla, f.tier], ['breached', 'warning,breached', '2'], 'read');
    const q = toListQuery(f, 'a1');
    sameJson([q.sla, q.tier], ['warning,breached', '2'], 'explicit SLA filter wins over the view');
    equal(toListQuery({ ...DEFAULT_FILTERS, view: 'breached' }, 'a1').sla, 'breached', 'view');
  });

  it('turn into the list request: the view first, explicit filters on top', () => {
    sameJson(toListQuery(DEFAULT_FILTERS, 'a1'), { status: ACTIVE, sort: '-created', limit: '50' }, 'default');
    sameJson(toListQuery({ ...DEFAULT_FILTERS, view: 'mine' }, 'a1'), { status: ACTIVE, assignee: 'a1', sort: '-created', limit: '50' }, 'mine');
    sameJson(
      toListQuery({ ...DEFAULT_FILTERS, view: 'unassigned', status: ['resolved'], q: '  spins  ' }, 'a1'),
      { status: 'resolved', assignee: 'none', q: 'spins', sort: '-created', limit: '50' },
      'explicit status wins',
    );
    equal(toListQuery({ ...DEFAULT_FILTERS, assignee: 'me' }, 'a1').assignee, 'a1', 'assignee me');
    const dated = toListQuery({ ...DEFAULT_FILTERS, view: 'all', from: '2026-03-01', to: '2026-03-01' }, 'a1');
    equal(Date.parse(dated.createdTo!) - Date.parse(dated.createdFrom!), 86_400_000, 'the "to" day is included');
  });

  it('know when more than the view is chosen', () => {
    equal(hasExtraFilters({ ...DEFAULT_FILTERS, view: 'all' }), false, 'view only');
    equal(hasExtraFilters({ ...DEFAULT_FILTERS, tag: 'vip' }), true, 'a tag');
  });
});

describe('saved views', () => {
  it('include "breached", which asks the server for breached working tickets', () => {
    equal(VIEW_IDS.join(','), 'open,mine,unassigned,waiting,breached,all', 'views');
    sameJson(viewQuery('breached', 'a1'), { status: ACTIVE, sla: 'breached' }, 'breached');
    sameJson(viewQuery('waiting', 'a1'), { status: 'waiting_on_reporter' }, 'waiting');
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, target: Element = document.body, init: KeyboardEventInit = {}) => {
    let action: string | undefined;
    const listener = (e: KeyboardEvent) => (action = inboxAction(e));
    document.addEventListener('keydown', listener);
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
    document.removeEventListener('keydown', listener);
    return action;
  };

  it('map j/k/Enter/e and / to actions, and nothing else', () => {
    equal(press('j'), 'next', 'j');
    equal(press('k'), 'previous', 'k');
    equal(press('Enter'), 'open', 'Enter');
    equal(press('e'), 'resolve', 'e');
    equal(press('/'), 'search', '/');
    equal(press('x'), undefined, 'x');
    equal(press('j', document.body, { ctrlKey: true }), undefined, 'ctrl+j');
  });

  it('are not shortcuts while typing', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    document.body.append(input, textarea);
    equal(press('e', input), undefined, 'in an input');
    equal(press('j', textarea), undefined, 'in a textarea');
    input.remove();
    textarea.remove();
  });
});

describe('routes', () => {
  const cases: Array<[string, string, unknown]> = [
    ['/console/', '', { name: 'inbox', query: '' }],
    ['/console/', '?view=mine', { name: 'inbox', query: 'view=mine' }],
    ['/console/tickets/tkt_1', '', { name: 'ticket', id: 'tkt_1' }],
    ['/console/tickets/a%2Fb/', '', { name: 'ticket', id: 'a/b' }],
    ['/console/tickets/%E0%A4', '', { name: 'inbox', query: '' }],
    ['/console/unknown/path', '', { name: 'inbox', query: '' }],
    ['/console/stats', '?days=7', { name: 'stats', query: 'days=7' }],
    ['/console/kb', '?status=draft', { name: 'kb', query: 'status=draft' }],
    ['/console/kb/art_1', '', { name: 'article', id: 'art_1' }],
    ['/console/admin', '', { name: 'admin', section: '' }],
    ['/console/admin/tokens/', '', { name: 'admin', section: 'tokens' }],
    ['/console/admin/tokens/extra', '', { name: 'inbox', query: '' }],
    ['/elsewhere', '', { name: 'inbox', query: '' }],
  ];
  for (const [path, search, expected] of cases) {
    it(`${path}${search}`, () => {
      const route = parseRoute(path, search, '/console/');
      sameJson('query' in route ? { name: route.name, query: route.query.toString() } : route, expected, 'route');
    });
  }

  it('build the URLs they read', () => {
    equal(ticketHref('/console', 'a/b'), '/console/tickets/a%2Fb', 'ticket');
    equal(inboxHref('/console/', new URLSearchParams('view=all')), '/console/?view=all', 'inbox');
    equal(statsHref('/console/', new URLSearchParams('days=90')), '/console/stats?days=90', 'stats');
    equal(articleHref('/console', 'a b'), '/console/kb/a%20b', 'article');
    equal(adminHref('/console/', 'sla'), '/console/admin/sla', 'admin');
  });
});
