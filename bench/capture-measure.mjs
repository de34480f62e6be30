/**
 * The in-page halves of bench/capture.mjs, passed to `page.evaluate`: one
 * timed capture with a long-task observer around it, and the pixel
 * comparison of the sent image with Chromium's own screenshot. They run in
 * the page, so they use only what the page has (`window.shot` is the bundled
 * screenshot module).
 */

/**
 * Runs `captureViewport()` once, after `prepareCapture()` when `prepared`;
 * resolves with the capture's time and size, the rasteriser that drew it, the preparation's time, and the
 * longest main-thread task (PerformanceObserver 'longtask', reported from
 * 50 ms) that overlapped either. Keeps the result as `window.lastShot` for
 * {@link compareWithReference}.
 */
export async function timedCapture(prepared) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const prepareStart = performance.now();
  if (prepared) await window.shot.prepareCapture();
  const start = performance.now();
  const shot = await window.shot.captureViewport();
  const end = performance.now();
  // Long-task entries are delivered after the task ends; give the last one time to arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const overlapping = tasks.filter((task) => task.startTime < end && task.startTime + task.duration > prepareStart);
  window.lastShot = shot;
  return {
    ms: end - start,
    prepareMs: start - prepareStart,
    longestTaskMs: overlapping.reduce((max, task) => Math.max(max, task.duration), 0),
    bytes: shot.blob.size,
    type: shot.type,
    rasteriser: shot.rasteriser.rasteriser,
  };
}

/**
 * Compares `window.lastShot` with a PNG screenshot (base64) pixel by pixel:
 * a pixel differs when any channel differs by more than `tolerance`. Pixels
 * under mask boxes are left out (they differ on purpose). Resolves with the
 * percentage of compared pixels that differ.
 */
export async function compareWithReference(referenceBase64, tolerance) {
  const decode = async (blob, width, height) => {
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0, width, height);
    return context.getImageData(0, 0, width, height).data;
  };
  const bytes = Uint8Array.from(atob(referenceBase64), (c) => c.charCodeAt(0));
  const referenceBitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const width = referenceBitmap.width;
  const height = referenceBitmap.height;
  const reference = await decode(new Blob([bytes], { type: 'image/png' }), width, height);
  const captured = await decode(window.lastShot.blob, width, height);
  const ratio = width / document.documentElement.clientWidth;
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const masker = { selector: '[data-aftercare-mask], input[type="password" i], input[autocomplete^="cc-" i]' };
  const boxes = window.shot.maskBoxes(window.shot.findMaskedElements(document, masker), viewport, 2);
  const masked = new Uint8Array(width * height);
  for (const box of boxes) {
    for (let y = Math.floor(box.y * ratio); y < Math.min(height, Math.ceil((box.y + box.height) * ratio)); y++) {
      masked.fill(1, y * width + Math.floor(box.x * ratio), y * width + Math.min(width, Math.ceil((box.x + box.width) * ratio)));
    }
  }
  let compared = 0;
  let differing = 0;
  for (let i = 0; i < width * height; i++) {
    if (masked[i]) continue;
    compared++;
    const o = i * 4;
    const delta = Math.max(
      Math.abs(reference[o] - captured[o]),
      Math.abs(reference[o + 1] - captured[o + 1]),
      Math.abs(reference[o + 2] - captured[o + 2]),
    );
    if (delta > tolerance) differing++;
  }
  return (100 * differing) / compared;
}
