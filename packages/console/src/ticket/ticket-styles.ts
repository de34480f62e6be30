/**
 * The ticket page's layout: the reports, timeline and composer in the main
 * column with the fields and panels beside them at desktop widths, and one
 * column (fields first) on a narrow window.
 */
import { css } from 'lit';

/** Styles of `<ac-ticket>`. */
export const ticketStyles = css`
  :host {
    display: block;
    padding: 16px;
    max-width: 1400px;
    margin: 0 auto;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 320px;
    grid-template-areas: 'top top' 'main aside';
    gap: 16px;
    align-items: start;
  }
  .top {
    grid-area: top;
    display: grid;
    gap: 6px;
  }
  .main {
    grid-area: main;
    display: grid;
    gap: 16px;
    min-width: 0;
  }
  aside {
    grid-area: aside;
    min-width: 0;
    display: grid;
    gap: 12px;
    position: sticky;
    top: 8px;
  }
  .back {
    font-size: 13px;
    text-decoration: none;
  }
  h1 {
    font-size: 20px;
    overflow-wrap: anywhere;
  }
  h1 .number {
    color: var(--ac-muted);
    font-weight: 400;
    margin-inline-end: 6px;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  h2 {
    font-size: 14px;
    margin-bottom: 8px;
  }
  .reports {
    display: grid;
    gap: 12px;
  }
  .panel {
    padding: 12px 14px;
    min-width: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 10px;
    margin: 10px 0 0;
    font-size: 13px;
  }
  .facts dt {
    color: var(--ac-muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts .hint {
    font-size: 12px;
  }
  ac-merged-banner {
    margin-top: 4px;
  }
  .list {
    margin: 0;
    padding-inline-start: 18px;
    display: grid;
    gap: 4px;
    font-size: 13px;
  }
  .state {
    padding: 48px 16px;
    text-align: center;
  }
  @media (max-width: 1000px) {
    :host {
      padding: 10px;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'top' 'aside' 'main';
    }
    aside {
      position: static;
    }
  }
`;
