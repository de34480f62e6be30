/**
 * Browser tests of the screenshot editor inside the widget: marks drawn with
 * the keyboard and with the pointer, undo and Delete, and — the point of it —
 * that the marks are in the image the server receives: under a redaction
 * there is nothing but black.
 */
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AftercareWidget } from '../aftercare-widget.js';
import { assert, equal, waitFor } from '../testing/assert.js';
import { fakeNetwork, json, receiptFor, reportIdOf, reportRequests, type FakeNetwork } from '../testing/fake-network.js';
import { FAKE_SIZE } from '../testing/fake-screenshot.js';
import { clickSend, mount, part, sentTitle, typeMessage, unmountAll } from '../testing/fixture.js';

/** The editor's shadow root, once it shows. */
async function openEditor(widget: AftercareWidget): Promise<ShadowRoot> {
  part<HTMLButtonElement>(widget, '.edit-shot').click();
  const editor = await waitFor(() => widget.shadowRoot?.querySelector('aftercare-screenshot-editor'), 'the editor');
  await waitFor(() => editor.shadowRoot?.querySelector('canvas')?.width === FAKE_SIZE.width, 'the screenshot in the editor');
  return editor.shadowRoot!;
}

async function pixels(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

function pixel(data: ImageData, x: number, y: number): [number, number, number, number] {
  const i = (y * data.width + x) * 4;
  return [data.data[i]!, data.data[i + 1]!, data.data[i + 2]!, data.data[i + 3]!];
}

describe('the screenshot editor', () => {
  let network: FakeNetwork | undefined;
  afterEach(async () => {
    network?.restore();
    network = undefined;
    unmountAll();
    await resetMouse();
  });

  it('burns keyboard and pointer marks into the submitted image; a redaction is solid black', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 21)));
    const widget = await mount();
    await widget.open();
    const editor = await openEditor(widget);
    equal(widget.shadowRoot?.activeElement?.id, 'title', 'focus on the editor heading');

    // Keyboard: the cursor box starts centred (64×33 at 128,84); step 6 px.
    const canvas = editor.querySelector('canvas')!;
    canvas.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => editor.querySelectorAll('.marks li').length === 1, 'the placed redaction');
    const redaction = { x: 116, y: 84, w: 70, h: 33 };

    // Pointer: a highlight dragged from image (20,20) to (80,50).
    (editor.querySelector('input[value="highlight"]') as HTMLInputElement).click();
    const box = canvas.getBoundingClientRect();
    const at = (x: number, y: number): [number, number] => [
      Math.round(box.left + (x / FAKE_SIZE.width) * box.width),
      Math.round(box.top + (y / FAKE_SIZE.height) * box.height),
    ];
    await sendMouse({ type: 'move', position: at(20, 20) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(50, 35) });
    await sendMouse({ type: 'move', position: at(80, 50) });
    await sendMouse({ type: 'up' });
    await waitFor(() => editor.querySelectorAll('.marks li').length === 2, 'the drawn highlight');
    equal(editor.querySelector('[aria-live]')?.textContent?.trim(), 'Highlight placed. 2 in total.', 'announced');

    (editor.querySelector('button.done') as HTMLButtonElement).click();
    await waitFor(() => widget.shadowRoot?.querySelector('.edit-shot') && widget.view === 'form', 'back at the form');
    equal(widget.shadowRoot?.activeElement, part(widget, '.edit-shot') as Element, 'focus back on the edit button');
    equal(part(widget, '.shot .hint').textContent?.trim(), '2 marks', 'marks noted in the form');

    await typeMessage(widget, 'My account number is visible');
    await clickSend(widget);
    await sentTitle(widget);
    const image = reportRequests(network.requests)[0]?.form?.get('screenshot');
    assert(image instanceof File, 'the screenshot reached the server');
    equal(image.type, 'image/png', 'lossless image');
    const data = await pixels(image);
    equal(`${data.width}x${data.height}`, `${FAKE_SIZE.width}x${FAKE_SIZE.height}`, 'full size');
    let nonBlack = 0;
    for (let y = redaction.y; y < redaction.y + redaction.h; y++) {
      for (let x = redaction.x; x < redaction.x + redaction.w; x++) {
        const [r, g, b, a] = pixel(data, x, y);
        if (r !== 0 || g !== 0 || b !== 0 || a !== 255) nonBlack += 1;
      }
    }
    equal(nonBlack, 0, 'pixels under the redaction that are not black');
    const highlight = widget.shot.annotations.find((a) => a.tool === 'highlight')!;
    assert(Math.abs(highlight.x - 20) <= 1 && Math.abs(highlight.w - 60) <= 2, `highlight where it was dragged: ${JSON.stringify(highlight)}`);
    const [r, g, b] = pixel(data, highlight.x, highlight.y + Math.round(highlight.h / 2)); // on its left edge
    assert(r > 200 && g > 140 && b < 60, `highlight colour on its edge, got ${r},${g},${b}`);
    const outside = pixel(data, 5, 190);
    assert(outside[0] + outside[1] + outside[2] > 100, 'the rest of the picture is untouched');
  });

  it('Delete removes the last mark, Undo brings it back, and each mark can be removed from the list', async () => {
    const widget = await mount();
    await widget.open();
    const editor = await openEditor(widget);
    const canvas = editor.querySelector('canvas')!;
    canvas.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const marks = () => editor.querySelectorAll('.marks li').length;
    await waitFor(() => marks() === 2, 'two marks');
    await sendKeys({ press: 'Delete' });
    await waitFor(() => marks() === 1, 'one mark after Delete');
    equal(editor.querySelector('[aria-live]')?.textContent?.trim(), 'Removed. 1 left.', 'announced');
    (editor.querySelector('button.undo') as HTMLButtonElement).click();
    await waitFor(() => marks() === 2, 'two marks after Undo');
    canvas.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await waitFor(() => marks() === 1, 'Ctrl+Z undoes');
    (editor.querySelector('.marks button') as HTMLButtonElement).click();
    await waitFor(() => marks() === 0, 'removed from the list');
    equal(editor.querySelector('.hint')?.textContent?.trim(), 'Nothing marked yet.', 'empty list');
  });
});
