/**
 * "Draft an article from this ticket": the reporter's question and the
 * team's public answers, redacted, as Markdown. Pure; the service decides
 * what goes in (never internal notes) and stores the draft.
 */
import { redact } from './redact.js';

/** What a draft is made from. */
export interface DraftSource {
  /** The ticket's title. */
  title: string;
  /** What the reporter asked: the first report's message. */
  question: string;
  /** The team's public replies, oldest first. */
  answers: readonly string[];
  /** People's names to hide (the reporters'). */
  names: readonly string[];
  /** The article's language subtag, for the headings. */
  language: string;
}

/** A draft's title and body. */
export interface Draft {
  title: string;
  bodyMarkdown: string;
}

const HEADINGS: Record<string, { question: string; answer: string; empty: string }> = {
  en: { question: 'Question', answer: 'Answer', empty: '_No public reply yet: write the answer here._' },
  zh: { question: '问题', answer: '解答', empty: '_还没有公开回复：请在此写下解答。_' },
};

/** Longest title of an article. */
const TITLE_MAX = 200;

function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * Composes the draft.
 *
 * @example
 * composeDraft({ title: 'Refund?', question: 'How do I get a refund? ada@example.com', answers: ['Open Billing.'], names: [], language: 'en' });
 * // { title: 'Refund?', bodyMarkdown: '## Question\n\n> How do I get a refund? [email]\n\n## Answer\n\nOpen Billing.\n' }
 */
export function composeDraft(source: DraftSource): Draft {
  const words = HEADINGS[source.language] ?? HEADINGS.en!;
  const clean = (text: string) => redact(text, { names: source.names }).trim();
  const answers = source.answers.map(clean).filter((answer) => answer !== '');
  const title = Array.from(clean(source.title).replace(/\s+/g, ' ')).slice(0, TITLE_MAX).join('') || words.question;
  const bodyMarkdown = [
    `## ${words.question}`,
    quote(clean(source.question)),
    `## ${words.answer}`,
    ...(answers.length > 0 ? answers : [words.empty]),
  ].join('\n\n');
  return { title, bodyMarkdown: `${bodyMarkdown}\n` };
}
