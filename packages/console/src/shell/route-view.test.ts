/**
 * Browser test of the views loaded on first use: in a page that has loaded
 * only the console's shell, the stats, knowledge-base and administration
 * elements are not defined until their route asks for them.
 */
import { equal } from '../testing/assert.js';
import { loadView } from './route-view.js';

describe('views loaded on first use', () => {
  it('defines the inbox and the ticket at once, the others when their route first shows', async () => {
    equal(customElements.get('ac-inbox') !== undefined, true, 'the inbox comes with the console');
    equal(customElements.get('ac-ticket') !== undefined, true, 'so does the ticket');
    for (const element of ['ac-stats', 'ac-kb-list', 'ac-kb-article', 'ac-admin']) equal(customElements.get(element), undefined, `${element} not yet`);
    await loadView('inbox');
    await Promise.all([loadView('stats'), loadView('stats')]);
    equal(customElements.get('ac-stats') !== undefined, true, 'stats once asked for');
    equal(customElements.get('ac-admin'), undefined, 'administration still not');
    await Promise.all([loadView('kb'), loadView('article'), loadView('admin')]);
    for (const element of ['ac-kb-list', 'ac-kb-article', 'ac-admin']) equal(customElements.get(element) !== undefined, true, `${element} once asked for`);
  });
});
