/**
 * `captureViewport` on a real Chromium page: masked elements leave none of
 * their pixels in the image, the widget and excluded elements are left out,
 * and the size cap holds. Each check looks for a distinctive colour in the
 * decoded image, so it tests the pixels that would be sent.
 */
import { afterEach, assert, assertEqual, describe, it } from '../../test-support/browser-assert.js';
import { countPixels as count, cssRgb as hex, type Pixels } from '../../test-support/pixels.js';
import { AftercareError } from '../errors.js';
import { captureViewport, prepareCapture } from './capture-viewport.js';
import { MASK_COLOUR } from './paint-boxes.js';

const MAGENTA = [255, 0, 255] as const;
const LIME = [0, 255, 0] as const;
const CYAN = [0, 255, 255] as const;
const ORANGE = [255, 128, 0] as const;

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

async function decode(blob: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

const box = (colour: readonly number[], attrs = '', text = 'secret 1234') =>
  `<div ${attrs} style="width:160px;height:60px;margin:8px;background:${hex(colour)};color:${hex(colour)};font:20px sans-serif">${text}</div>`;

function maskColour(): number[] {
  const value = Number.parseInt(MASK_COLOUR.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

describe('captureViewport in Chromium', () => {
  it('paints masked elements over: none of their pixels survive, the rest of the page does', async () => {
    document.body.innerHTML = `
      ${box(MAGENTA, 'id="control"', 'visible')}
      ${box(MAGENTA, 'id="attr" data-aftercare-mask')}
      ${box(MAGENTA, 'id="configured" class="iban"')}
      <input id="pw" type="password" value="hunter2" style="width:160px;height:40px;background:${hex(MAGENTA)};color:${hex(MAGENTA)}">
      <div id="host"></div>
      <span id="narrow" data-aftercare-mask style="display:inline-block;width:10px;white-space:nowrap;color:${hex(MAGENTA)};font:bold 30px sans-serif">OVERFLOWING SECRET</span>`;
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = box(MAGENTA, 'id="in-shadow" data-aftercare-mask');

    const shot = await captureViewport({ maskSelectors: ['.iban'] });
    const pixels = await decode(shot.blob);
    assertEqual(shot.type, 'image/webp');
    assertEqual([pixels.width, pixels.height], [document.documentElement.clientWidth, document.documentElement.clientHeight]);

    const rect = (id: string) => document.getElementById(id)!.getBoundingClientRect();
    assert(count(pixels, MAGENTA, rect('control')) > 5_000, 'the unmasked control keeps its colour (the check can see it)');
    const shadow = document.getElementById('host')!.shadowRoot!.getElementById('in-shadow')!.getBoundingClientRect();
    const narrowText = document.createRange();
    narrowText.selectNodeContents(document.getElementById('narrow')!);
    for (const [name, area] of [
      ['data-aftercare-mask', rect('attr')],
      ['configured selector', rect('configured')],
      ['password input', rect('pw')],
      ['inside a shadow root', shadow],
      ['text overflowing a masked element', narrowText.getBoundingClientRect()],
    ] as const) {
      assertEqual(count(pixels, MAGENTA, area), 0, `no original pixel under ${name}`);
      assert(count(pixels, maskColour(), area, 8) > area.width * area.height * 0.9, `${name} is painted over`);
    }
  });

  it('leaves out every <aftercare-widget> and the elements it is asked to', async () => {
    document.body.innerHTML = `
      ${box(ORANGE, 'id="page"', 'page')}
      <aftercare-widget style="position:fixed;right:10px;bottom:10px;display:block;width:120px;height:80px;background:${hex(LIME)}"></aftercare-widget>
      ${box(CYAN, 'id="panel"', 'my panel')}`;
    const shot = await captureViewport({ exclude: [document.getElementById('panel')!] });
    const pixels = await decode(shot.blob);
    assert(count(pixels, ORANGE) > 5_000, 'the page is in the picture');
    assertEqual(count(pixels, LIME), 0, 'no widget pixel');
    assertEqual(count(pixels, CYAN), 0, 'no excluded pixel');
  });

  it('stays under the size cap by stepping quality and size down, and says when it cannot', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = document.documentElement.clientWidth;
    canvas.height = document.documentElement.clientHeight;
    document.body.style.margin = '0';
    document.body.append(canvas);
    const context = canvas.getContext('2d')!;
    const noise = context.createImageData(canvas.width, canvas.height);
    crypto.getRandomValues(noise.data.subarray(0, 65_536));
    for (let i = 65_536; i < noise.data.length; i += 65_536) noise.data.copyWithin(i, 0, Math.min(65_536, noise.data.length - i));
    for (let i = 3; i < noise.data.length; i += 4) noise.data[i] = 255;
    context.putImageData(noise, 0, 0);

    const maxBytes = 60_000;
    const shot = await captureViewport({ maxBytes });
    assert(shot.blob.size <= maxBytes, `${shot.blob.size} bytes ≤ ${maxBytes}`);
    assertEqual(shot.blob.type, shot.type);
    const jpeg = await captureViewport({ maxBytes, type: 'image/jpeg' });
    assertEqual(jpeg.type, 'image/jpeg');
    assert(jpeg.blob.size <= maxBytes, 'JPEG under the cap too');

    const error = await captureViewport({ maxBytes: 100 }).catch((e: unknown) => e);
    assert(error instanceof AftercareError, 'a typed error');
    assertEqual(error.code, 'screenshot_too_large');
  });

  it('a prepared capture gives the same picture', async () => {
    document.body.innerHTML = `${box(ORANGE, 'id="page"', 'page')}${box(MAGENTA, 'data-aftercare-mask')}`;
    await prepareCapture();
    const pixels = await decode((await captureViewport()).blob);
    assert(count(pixels, ORANGE) > 5_000, 'the page is in the picture');
    assertEqual(count(pixels, MAGENTA), 0, 'masked after preparation too');
  });
});
