import { describe, expect, it } from 'vitest';
import { composeDraft } from './ticket-draft.js';

describe('composeDraft', () => {
  it('quotes the question, lists the answers and redacts both', () => {
    const draft = composeDraft({
      title: 'Refund for ada@example.com',
      question: 'Hi, I am Ada.\n\nMy card 4111 1111 1111 1111 was charged twice.',
      answers: ['Hello Ada, open https://shop.example.com/billing?session=abc and click Refund.', '  ', 'Done!'],
      names: ['Ada'],
      language: 'en',
    });
    expect(draft.title).toBe('Refund for [email]');
    expect(draft.bodyMarkdown).toBe(
      '## Question\n\n> Hi, I am [name].\n>\n> My card [number] was charged twice.\n\n## Answer\n\n' +
        'Hello [name], open https://shop.example.com/billing?[redacted] and click Refund.\n\nDone!\n',
    );
  });

  it('uses the article language for headings and leaves a prompt when nobody answered yet', () => {
    const draft = composeDraft({ title: '退款', question: '怎么退款？', answers: [], names: [], language: 'zh' });
    expect(draft.bodyMarkdown).toBe('## 问题\n\n> 怎么退款？\n\n## 解答\n\n_还没有公开回复：请在此写下解答。_\n');
    expect(composeDraft({ title: 'x', question: 'y', answers: [], names: [], language: 'fr' }).bodyMarkdown).toContain('## Question');
  });

  it('keeps titles to 200 characters on one line, never empty', () => {
    expect(composeDraft({ title: `${'长'.repeat(250)}`, question: 'q', answers: [], names: [], language: 'en' }).title).toHaveLength(200);
    expect(composeDraft({ title: 'a\n b', question: 'q', answers: [], names: [], language: 'en' }).title).toBe('a b');
    expect(composeDraft({ title: '  ', question: 'q', answers: [], names: [], language: 'en' }).title).toBe('Question');
  });
});
