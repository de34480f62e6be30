/**
 * The host page for bench/capture.mjs: a generated dashboard with about
 * `elements` elements — text, a CSS grid of cards with flex rows and box
 * shadows, shadow DOM widgets, canvas charts, form controls whose state is set
 * by script (typed values, checked boxes, chosen options), a masked field and
 * a table. Deterministic (seeded), system fonts only, no network.
 */

const WORDS =
  'order invoice shipment refund account customer billing status pending export report latency region cluster deploy ticket queue owner priority update'.split(
    ' ',
  );

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** About 19.6 elements per card on average (shadow content included). */
function card(index, next) {
  const words = (count) => Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const kind = index % 6;
  let body;
  if (kind === 0) {
    body = `<canvas class="chart" width="240" height="60" data-seed="${index}"></canvas>`;
  } else if (kind === 1) {
    body = `<stat-badge data-label="${words(1)}" data-value="${Math.floor(next() * 1000)}"></stat-badge><stat-badge data-label="${words(1)}" data-value="${Math.floor(next() * 100)}%"></stat-badge>`;
  } else if (kind === 2) {
    body = `<form class="controls"><label><input type="checkbox" data-state="checked"> ${words(1)}</label>
      <label><input type="radio" name="r${index}" data-state="checked"> a</label><label><input type="radio" name="r${index}"> b</label>
      <select data-state="2"><option>low</option><option>normal</option><option>high</option></select>
      <input type="text" data-state="typed ${words(2)}" aria-label="note"><input type="range" data-state="70" aria-label="level"></form>`;
  } else if (kind === 3) {
    body = `<table><tr><th>${words(1)}</th><th>#</th></tr><tr><td>${words(1)}</td><td>${Math.floor(next() * 99)}</td></tr><tr><td>${words(1)}</td><td>${Math.floor(next() * 99)}</td></tr></table>`;
  } else if (kind === 4) {
    body = `<form><p class="secret" data-aftercare-mask>IBAN DE${Math.floor(next() * 1e12)} <b>${words(2)}</b></p><input type="password" autocomplete="current-password" data-state="hunter2" aria-label="password"></form>`;
  } else {
    body = `<ul>${Array.from({ length: 4 }, () => `<li><a href="#">${words(2)}</a> <em>${words(1)}</em></li>`).join('')}</ul>`;
  }
  return `<article class="card${index % 7 === 0 ? ' wide' : ''}">
    <header><h3>${words(2)} #${index}</h3><span class="pill">${words(1)}</span></header>
    <p>${words(12)} <strong>${words(2)}</strong> ${words(6)} <code>${words(1)}</code>.</p>
    ${body}
    <footer><button type="button">${words(1)}</button><button type="button" class="ghost">${words(1)}</button><small>${words(3)}</small></footer>
  </article>`;
}

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #1d2433; background: #f3f5f9; }
  .top { position: sticky; top: 0; z-index: 2; display: flex; gap: 16px; align-items: center; padding: 12px 24px;
         background: #243b6b; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); }
  .top nav { display: flex; gap: 12px; } .top a { color: #dbe6ff; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 18px; padding: 24px; }
  .card { background: #fff; border-radius: 10px; padding: 14px 16px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.12), 0 8px 24px rgb(36 59 107 / 0.10); }
  .card.wide { grid-column: span 2; }
  .card header { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
  .card h3 { margin: 0 0 6px; font-size: 15px; }
  .pill { background: #e7efff; color: #243b6b; border-radius: 999px; padding: 1px 8px; font-size: 12px; }
  .card footer { display: flex; gap: 8px; align-items: center; margin-top: 10px; }
  button { font: inherit; border: 0; border-radius: 6px; padding: 4px 10px; background: #2f62d6; color: #fff; box-shadow: 0 1px 2px rgb(0 0 0 / 0.3); }
  button.ghost { background: transparent; color: #2f62d6; box-shadow: inset 0 0 0 1px #2f62d6; }
  .controls { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #e3e7ef; padding: 2px 6px; text-align: left; }
  .secret { background: #fff4e5; padding: 4px; }
  canvas.chart { display: block; width: 100%; height: 60px; }
`;

const BADGE = `
  customElements.define('stat-badge', class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:inline-flex;margin:4px 8px 4px 0}.b{display:flex;flex-direction:column;padding:6px 10px;border-radius:8px;background:linear-gradient(#fdfdff,#eef2fb);box-shadow:0 2px 6px rgb(0 0 0 / .15)}.v{font-size:20px;font-weight:700;color:#243b6b}.l{font-size:11px;text-transform:uppercase;color:#68718a}</style>'
        + '<div class="b"><span class="v"></span><span class="l"></span></div>';
      root.querySelector('.v').textContent = this.dataset.value;
      root.querySelector('.l').textContent = this.dataset.label;
    }
  });`;

const APP = `
  customElements.define('app-root', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).append(document.getElementById('app').content.cloneNode(true));
    }
  });`;

const SETUP = `
  const scope = document.querySelector('app-root')?.shadowRoot ?? document;
  for (const canvas of scope.querySelectorAll('canvas.chart')) {
    const c = canvas.getContext('2d'); let seed = Number(canvas.dataset.seed) + 1;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    c.fillStyle = '#eef2fb'; c.fillRect(0, 0, 240, 60);
    for (let i = 0; i < 24; i++) { c.fillStyle = i % 2 ? '#2f62d6' : '#7aa2f7'; const h = 8 + next() * 48; c.fillRect(4 + i * 10, 60 - h, 7, h); }
  }
  for (const el of scope.querySelectorAll('[data-state]')) {
    const state = el.dataset.state;
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = true;
    else if (el.localName === 'select') el.selectedIndex = Number(state);
    else el.value = state;
  }
  scope.querySelector('input[type=text]')?.focus(); document.activeElement?.blur();
  const countIn = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? countIn(el.shadowRoot) : 0), root.querySelectorAll('*').length);
  const count = countIn(document);
  window.benchElementCount = count;
  window.scrollTo(0, Number(new URLSearchParams(location.search).get('scroll') ?? 0));
  document.body.dataset.ready = '1';`;

/**
 * The page's HTML for about `elements` elements; with `crossOriginSheet`, a
 * `<link>` to that stylesheet too (bench/capture.mjs `--cross-origin`); with
 * `shadowApp`, the header and the grid inside the open shadow root of one
 * `<app-root>`, styled there, as a Lit app's page is (`--shadow-app`).
 *
 * @example
 * const html = hostPage(5000);
 */
export function hostPage(elements, { crossOriginSheet, shadowApp = false } = {}) {
  const next = random(elements);
  const cards = [];
  // Measured: 19.6 elements per card on average, plus about 20 for the page around them.
  const count = Math.max(1, Math.round((elements - 20) / 19.6));
  for (let i = 0; i < count; i++) cards.push(card(i, next));
  const content = `<div class="top"><strong>Acme Ops</strong><nav><a href="#">Orders</a><a href="#">Customers</a><a href="#">Reports</a></nav><input type="search" placeholder="Search" aria-label="search"></div>
<main class="grid">${cards.join('\n')}</main>`;
  const body = shadowApp ? `<template id="app"><style>${STYLE}</style>${content}</template><app-root></app-root>` : content;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Capture bench ${elements}</title>
<style>${STYLE}</style>${crossOriginSheet ? `<link rel="stylesheet" href="${crossOriginSheet}">` : ''}</head><body>
${body}
<script>${BADGE}</script>${shadowApp ? `<script>${APP}</script>` : ''}<script>${SETUP}</script>
</body></html>`;
}
