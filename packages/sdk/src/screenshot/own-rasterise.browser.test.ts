/**
 * The stylesheet-copy rasteriser in Chromium: what a node clone does not
 * carry (form state, shadow trees, canvases, images, sticky and scrolled
 * boxes) shows in its pixels, left-out elements keep their space and never
 * reach the SVG, and the choice falls to snapdom where ours cannot copy the
 * page. Each check looks for a distinctive colour where the element shows.
 */
import { afterEach, assert, assertEqual, describe, it } from '../../test-support/browser-assert.js';
import { countPixels as count, cssRgb as hex } from '../../test-support/pixels.js';
import { createNetworkCollector } from '../collectors/network.js';
import { createMasker } from '../privacy/mask.js';
import { exclusionRule } from './capture-viewport.js';
import { rasteriseOwn } from './own-rasterise.js';
import { embedCssUrls, readPageCss } from './page-css.js';
import { copyUnreadableSheets } from './sheet-copies.js';
import { chooseRasteriser, rasteriseViewport } from './rasterise.js';
import { viewportSvg } from './viewport-svg.js';

const MAGENTA = [255, 0, 255] as const;
const LIME = [0, 255, 0] as const;
const CYAN = [0, 255, 255] as const;
const ORANGE = [255, 128, 0] as const;

const added: Element[] = [];
afterEach(() => {
  document.body.innerHTML = '';
  for (const element of added.splice(0)) element.remove();
  window.scrollTo(0, 0);
});

/** Adds an element to <head> for one test. */
function addToHead(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild!;
  document.head.append(element);
  added.push(element);
  return element;
}

async function rasterise(): Promise<ImageData> {
  const canvas = await rasteriseOwn({ exclude: exclusionRule(createMasker()), pixelRatio: 1, backgroundColor: '#ffffff' });
  assertEqual([canvas.width, canvas.height], [document.documentElement.clientWidth, document.documentElement.clientHeight]);
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
}

const rectOf = (selector: string, root: ParentNode = document) => root.querySelector(selector)!.getBoundingClientRect();
const area = (rect: DOMRect) => rect.width * rect.height;

describe('rasteriseOwn', () => {
  it('is the rasteriser chosen for an ordinary page in Chromium', async () => {
    document.body.innerHTML = '<p>hello</p>';
    assertEqual(await chooseRasteriser(), { rasteriser: 'own' });
  });

  it('carries form state that lives in properties: typed values, checked boxes, chosen options', async () => {
    document.body.innerHTML = `
      <input id="text" value="" style="font:bold 30px monospace;color:${hex(MAGENTA)};width:300px;border:0">
      <input id="box" type="checkbox" style="accent-color:${hex(LIME)};width:40px;height:40px">
      <input id="unchecked" type="checkbox" checked style="accent-color:${hex(LIME)};width:40px;height:40px">
      <select id="select" style="font:bold 30px monospace;color:${hex(CYAN)};background:#000;border:0;appearance:none"><option>i</option><option>MMMMMM</option></select>
      <textarea id="area" style="font:bold 30px monospace;color:${hex(ORANGE)};width:300px;height:50px;border:0;resize:none"></textarea>`;
    (document.getElementById('text') as HTMLInputElement).value = 'MMMMMMMM';
    (document.getElementById('box') as HTMLInputElement).checked = true;
    (document.getElementById('unchecked') as HTMLInputElement).checked = false;
    (document.getElementById('select') as HTMLSelectElement).selectedIndex = 1;
    (document.getElementById('area') as HTMLTextAreaElement).value = 'MMMMMMMM';
    const pixels = await rasterise();
    assert(count(pixels, MAGENTA, rectOf('#text')) > 600, 'the typed value shows');
    assert(count(pixels, LIME, rectOf('#box')) > 200, 'the box checked by script shows checked');
    assertEqual(count(pixels, LIME, rectOf('#unchecked')), 0, 'the box unchecked by script shows unchecked');
    assert(count(pixels, CYAN, rectOf('#select')) > 600, 'the chosen option shows');
    assert(count(pixels, ORANGE, rectOf('#area')) > 600, 'the textarea value shows');
  });

  it('flattens shadow trees: shadow styles, :host, slotted light content, nested shadow roots', async () => {
    const style = addToHead(`<style>.page-rule { background: ${hex(CYAN)}; height: 30px; }</style>`);
    assert(style.isConnected, 'page style added');
    document.body.innerHTML = '<div id="host"><p class="page-rule" id="slotted">light</p></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host { display: block; padding: 10px; background: ${hex(ORANGE)}; } .inner { height: 40px; background: ${hex(MAGENTA)}; }
      .page-rule { background: #000 !important; }</style><div class="inner"></div><slot></slot><div id="nested"></div>`;
    const nested = root.getElementById('nested')!.attachShadow({ mode: 'open' });
    nested.innerHTML = `<style>div { width: 50px; height: 20px; background: ${hex(LIME)}; }</style><div></div>`;
    const pixels = await rasterise();
    assert(count(pixels, MAGENTA, rectOf('.inner', root)) >= area(rectOf('.inner', root)) * 0.95, 'shadow stylesheet applies');
    assert(count(pixels, ORANGE, rectOf('#host')) > 600, ':host rule applies');
    assert(count(pixels, CYAN, rectOf('#slotted')) >= area(rectOf('#slotted')) * 0.9, 'slotted content keeps the page rule (not the shadow one)');
    assert(count(pixels, LIME, rectOf('div', nested)) >= 50 * 20 * 0.95, 'nested shadow root');
  });

  it('reads :root, rem, custom properties and :defined as the page does', async () => {
    addToHead(`<style>:root { --brand: ${hex(MAGENTA)}; font-size: 10px; } :root.themed .themed-box { background: ${hex(LIME)}; }
      .rem-box { width: 10rem; height: 3rem; background: var(--brand); } .themed-box { width: 50px; height: 20px; }
      :not(:defined) { visibility: hidden; } defined-box, undefined-box { display: block; width: 40px; height: 20px; background: ${hex(CYAN)}; }</style>`);
    document.documentElement.classList.add('themed');
    if (!customElements.get('defined-box')) customElements.define('defined-box', class extends HTMLElement {});
    document.body.innerHTML = '<div class="rem-box"></div><div class="themed-box"></div><defined-box></defined-box><undefined-box></undefined-box>';
    try {
      const pixels = await rasterise();
      assert(count(pixels, MAGENTA, rectOf('.rem-box')) >= 100 * 30 * 0.95, 'rem and a custom property from :root');
      assert(count(pixels, LIME, rectOf('.themed-box')) >= 50 * 20 * 0.95, 'a :root class selector');
      assert(count(pixels, CYAN, rectOf('defined-box')) >= 40 * 20 * 0.95, 'a defined custom element is :defined');
      assertEqual(count(pixels, CYAN, rectOf('undefined-box')), 0, 'an undefined one is not');
    } finally {
      document.documentElement.classList.remove('themed');
    }
  });

  it('draws canvases and images', async () => {
    document.body.innerHTML = '<canvas id="c" width="50" height="20" style="width:200px;height:80px"></canvas><img id="i" style="width:100px;height:60px">';
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    const context = canvas.getContext('2d')!;
    context.fillStyle = hex(LIME);
    context.fillRect(0, 0, 50, 20);
    const source = document.createElement('canvas');
    source.width = source.height = 8;
    const sourceContext = source.getContext('2d')!;
    sourceContext.fillStyle = hex(MAGENTA);
    sourceContext.fillRect(0, 0, 8, 8);
    const blob = await new Promise<Blob>((resolve) => source.toBlob((b) => resolve(b!), 'image/png'));
    const image = document.getElementById('i') as HTMLImageElement;
    const loaded = new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
    image.src = URL.createObjectURL(blob);
    await loaded;
    const pixels = await rasterise();
    assert(count(pixels, LIME, rectOf('#c')) >= 200 * 80 * 0.95, 'canvas pixels');
    assert(count(pixels, MAGENTA, rectOf('#i')) >= 100 * 60 * 0.95, 'image pixels');
    URL.revokeObjectURL(image.src);
  });

  it('shows a sticky header and fixed boxes where they are, a scrolled page and scrolled containers as scrolled', async () => {
    document.body.innerHTML = `
      <div style="height:300px"></div>
      <header id="top" style="position:sticky;top:0;height:40px;background:${hex(ORANGE)}">header</header>
      <div style="height:200px"></div>
      <div id="scroller" style="overflow:auto;height:100px;width:200px">
        <div style="height:100px;background:${hex(MAGENTA)}"></div><div style="height:100px;background:${hex(LIME)}"></div><div style="height:100px"></div>
      </div>
      <div style="height:3000px"></div>
      <div id="fixed" style="position:fixed;right:0;bottom:0;width:60px;height:30px;background:${hex(CYAN)}"></div>`;
    document.getElementById('scroller')!.scrollTop = 100;
    window.scrollTo(0, 400);
    const top = rectOf('#top');
    assertEqual(top.top, 0, 'the header is stuck');
    const pixels = await rasterise();
    assert(count(pixels, ORANGE, top) >= area(top) * 0.9, 'the stuck header shows at the top');
    const scroller = rectOf('#scroller');
    assert(count(pixels, LIME, scroller) >= 190 * 100 * 0.9, "the container's scrolled-to child shows");
    assertEqual(count(pixels, MAGENTA, scroller), 0, 'the child scrolled away does not');
    assert(count(pixels, CYAN, rectOf('#fixed')) >= 60 * 30 * 0.95, 'the fixed box shows at its place');
  });

  it('shows animated elements as they are now, and scrolled flex containers as scrolled', async () => {
    document.body.innerHTML = `
      <div id="faded" style="opacity:0;width:80px;height:40px;background:${hex(MAGENTA)}"></div>
      <div id="row" style="display:flex;overflow:auto;scrollbar-width:none;width:100px;height:40px">
        <div style="flex:none;width:100px;background:${hex(ORANGE)}"></div><div style="flex:none;width:100px;background:${hex(CYAN)}"></div>
      </div>
      <div id="column" style="position:relative;display:flex;flex-direction:column;overflow:auto;scrollbar-width:none;width:100px;height:40px">
        <div style="flex:none;height:40px;background:${hex(ORANGE)}"></div><div style="flex:none;height:40px;background:${hex(LIME)}"></div>
      </div>`;
    // Finished at once: a test page in a background tab runs no animation frames.
    document.getElementById('faded')!.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 1000, fill: 'forwards' }).finish();
    document.getElementById('row')!.scrollLeft = 100;
    document.getElementById('column')!.scrollTop = 40;
    const pixels = await rasterise();
    assert(count(pixels, MAGENTA, rectOf('#faded')) >= 80 * 40 * 0.95, 'a finished fade-in shows faded in, not restarted');
    const row = rectOf('#row');
    assert(count(pixels, CYAN, row) >= 100 * 40 * 0.9, "the row's scrolled-to item shows");
    assertEqual(count(pixels, ORANGE, row), 0, 'the item scrolled away does not');
    const column = rectOf('#column');
    assert(count(pixels, LIME, column) >= 100 * 40 * 0.9, 'a positioned scroller shows scrolled too');
    assertEqual(count(pixels, ORANGE, column), 0, 'and not its first item');
  });

  it('leaves masked and excluded content out of the SVG entirely, keeping their space', async () => {
    const source = document.createElement('canvas');
    source.width = source.height = 4;
    const avatar = URL.createObjectURL(await new Promise<Blob>((resolve) => source.toBlob((b) => resolve(b!), 'image/png')));
    addToHead(`<style>.avatar { width: 20px; height: 20px; background-image: url("${avatar}"); }</style>`);
    document.body.innerHTML = `
      <div class="avatar" data-aftercare-mask></div>
      <svg style="display:none"><defs><symbol id="s"><text data-aftercare-mask>svg-secret</text></symbol></defs></svg>
      <p data-aftercare-mask title="title-secret" style="height:50px;margin:0;background:${hex(MAGENTA)}">IBAN-SECRET <b>nested-secret</b></p>
      <span data-aftercare-mask style="color:${hex(MAGENTA)}">inline-secret</span>
      <input type="password" value="attribute-hunter2">
      <div id="after" style="height:40px;background:${hex(LIME)}"></div>
      <div id="host"></div>`;
    (document.querySelector('input[type=password]') as HTMLInputElement).value = 'typed-hunter2';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p data-aftercare-mask>shadow-secret</p>';
    const before = rectOf('#after');
    const { svg } = await viewportSvg(exclusionRule(createMasker()));
    for (const secret of ['IBAN-SECRET', 'nested-secret', 'title-secret', 'inline-secret', 'hunter2', 'shadow-secret', 'svg-secret', 'data:image/png']) {
      assert(!svg.includes(secret), `${secret} is not in the SVG`);
    }
    assert(svg.includes('<symbol'), 'the SVG definitions themselves are kept');
    URL.revokeObjectURL(avatar);
    const pixels = await rasterise();
    assertEqual(count(pixels, MAGENTA, { left: 0, top: 0, right: pixels.width, bottom: pixels.height }), 0, 'no masked pixel');
    assert(count(pixels, LIME, before) >= area(before) * 0.95, 'what follows keeps its place');
  });

  it("fetches what it embeds as the SDK's own requests, which the network log leaves out", async () => {
    const network = createNetworkCollector();
    network.install();
    try {
      const source = document.createElement('canvas');
      source.width = source.height = 8;
      const blob = await new Promise<Blob>((resolve) => source.toBlob((b) => resolve(b!), 'image/png'));
      const url = URL.createObjectURL(blob);
      const image = document.createElement('img');
      image.style.cssText = 'width:40px;height:40px';
      const loaded = new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
      image.src = url;
      document.body.append(image);
      await loaded;
      await rasterise();
      assertEqual(network.collect() ?? [], [], 'nothing logged by the capture');
      await fetch(url);
      assertEqual((network.collect() ?? []).map((entry) => entry.url), [url], "the page's own fetch is logged");
      URL.revokeObjectURL(url);
    } finally {
      network.uninstall();
    }
  });

  it('embeds the images of rules that match the clone, and leaves the rest alone', async () => {
    const source = document.createElement('canvas');
    source.width = source.height = 4;
    const blob = await new Promise<Blob>((resolve) => source.toBlob((b) => resolve(b!), 'image/png'));
    const url = URL.createObjectURL(blob);
    addToHead(`<style>.used { background-image: url("${url}"); } .unused { background-image: url("${url}#unused"); }
      @font-face { font-family: NeverLoaded; src: url("/never-loaded.woff2"); }
      @font-face { font-family: "Loaded Face"; font-weight: bold; unicode-range: U+0000-00FF; src: url("/loaded-face.woff2"); }</style>`);
    // A face of that family, weight and range the page has loaded (from a local font: the test has no font files).
    const face = new FontFace('Loaded Face', 'local("DejaVu Sans"), local("Liberation Sans")', { weight: '700', unicodeRange: 'U+0-FF' });
    document.fonts.add(await face.load());
    document.body.innerHTML = '<div class="used"></div>';
    const clone = document.documentElement.cloneNode(true) as Element;
    const css = await embedCssUrls(readPageCss(document), clone);
    assert(/\.used \{ background-image: url\("data:image\/png;base64,/.test(css), 'the used image is a data URL');
    assert(css.includes(`url("${url}#unused")`), 'the unused one is not fetched');
    assert(!css.includes('NeverLoaded'), 'a face the page never loaded is dropped');
    assert(css.includes('Loaded Face'), 'a face it loaded is kept (the same face, however each spells it)');
    document.fonts.delete(face);
    URL.revokeObjectURL(url);
  });
});

describe('the choice of rasteriser', () => {
  const crossOriginFixture = () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    return `http://${other}:${location.port}/packages/sdk/src/screenshot/test-fixtures/cross-origin.css`;
  };
  async function linkCrossOriginSheet(): Promise<CSSStyleSheet> {
    const link = addToHead(`<link rel="stylesheet" href="${crossOriginFixture()}">`) as HTMLLinkElement;
    await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.body.innerHTML = `<div class="cross-origin-fixture" style="width:100px;height:50px"></div>`;
    return link.sheet!;
  }

  it('falls back to snapdom for a cross-origin stylesheet it can neither read nor fetch with CORS, and still captures', async () => {
    await linkCrossOriginSheet();
    const choice = await chooseRasteriser();
    assertEqual(choice.rasteriser, 'snapdom');
    assert(choice.rasteriser === 'snapdom' && /cross-origin stylesheet/.test(choice.reason), 'says why');
    const { canvas, rasteriser } = await rasteriseViewport({ exclude: () => false, pixelRatio: 1 });
    assertEqual(rasteriser, 'snapdom');
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    // snapdom's edges land a pixel or two off ours: most of the box is enough to tell the styling reached the picture.
    assert(count(pixels, ORANGE, rectOf('.cross-origin-fixture')) >= 100 * 50 * 0.75, "snapdom shows the cross-origin sheet's styling");
  });

  it('copies a cross-origin stylesheet served with CORS and draws it itself', async () => {
    const sheet = await linkCrossOriginSheet();
    const asked: string[] = [];
    // The network edge: a CDN that answers with CORS (the test server does not).
    const fetcher = (async (url: string) => {
      asked.push(url);
      return new Response('.cross-origin-fixture { background: rgb(255, 128, 0); }', { headers: { 'content-type': 'text/css' } });
    }) as typeof fetch;
    const copies = await copyUnreadableSheets(document, fetcher);
    assert(copies?.has(sheet), 'the unreadable sheet has a copy');
    assertEqual(asked, [crossOriginFixture()]);
    const canvas = await rasteriseOwn({ exclude: () => false, pixelRatio: 1, backgroundColor: '#ffffff', copies });
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    assert(count(pixels, ORANGE, rectOf('.cross-origin-fixture')) >= 100 * 50 * 0.95, "the copy's rules apply");
    const failing = (async () => new Response('', { status: 404 })) as typeof fetch;
    const again = addToHead(`<link rel="stylesheet" href="${crossOriginFixture()}?again">`);
    await new Promise((resolve) => again.addEventListener('load', resolve, { once: true }));
    assertEqual(await copyUnreadableSheets(document, failing), undefined, 'no copy when the fetch fails');
  });

  it('falls back to snapdom while a modal dialog is open, in the page or a shadow tree, unless it is left out', async () => {
    document.body.innerHTML = '<dialog>modal</dialog><div id="app"></div><aftercare-widget></aftercare-widget>';
    const dialog = document.querySelector('dialog')!;
    dialog.showModal();
    assertEqual((await chooseRasteriser()).rasteriser, 'snapdom');
    dialog.close();
    assertEqual(await chooseRasteriser(), { rasteriser: 'own' });

    const inApp = document.getElementById('app')!.attachShadow({ mode: 'open' });
    inApp.innerHTML = '<dialog>app modal</dialog>';
    inApp.querySelector('dialog')!.showModal();
    assertEqual((await chooseRasteriser()).rasteriser, 'snapdom', 'a modal in a shadow tree');
    inApp.querySelector('dialog')!.close();

    const widget = document.querySelector('aftercare-widget')!.attachShadow({ mode: 'open' });
    widget.innerHTML = '<dialog>report</dialog>';
    widget.querySelector('dialog')!.showModal();
    assertEqual(await chooseRasteriser((element) => element.localName === 'aftercare-widget'), { rasteriser: 'own' }, "the widget's own dialog");
    widget.querySelector('dialog')!.close();
  });
});
