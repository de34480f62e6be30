/**
 * Stands in for `@aftercare/sdk/screenshot` in the widget's browser tests
 * (web-test-runner.config.mjs resolves the module here): `captureViewport`
 * answers with a canvas-drawn image instead of rasterising the test page, so
 * every test gets the same picture fast. The picture has no black pixel
 * anywhere, so a black area in a submitted image can only come from a
 * redaction. Tests steer it through {@link screenshotFake}.
 */

/** How the fake behaves, shared through `globalThis` with the tests. */
export interface ScreenshotFake {
  mode: 'ok' | 'fail';
  calls: number;
  lastOptions: unknown;
  /** Whether a widget's dialog was showing while the last capture was taken. */
  dialogOpenDuringCapture: boolean | undefined;
  /** How often `prepareCapture` was called. */
  prepares: number;
}

/** The fake's control object. */
export const screenshotFake: ScreenshotFake = ((globalThis as { __aftercareScreenshotFake?: ScreenshotFake }).__aftercareScreenshotFake ??= {
  mode: 'ok',
  calls: 0,
  lastOptions: undefined,
  dialogOpenDuringCapture: undefined,
  prepares: 0,
});

/** Counts the preparation the widget asks for on intent. */
export async function prepareCapture(): Promise<void> {
  screenshotFake.prepares += 1;
}

/** Size of the fake screenshot. */
export const FAKE_SIZE = { width: 320, height: 200 } as const;

/**
 * Draws the fake page: a warm background with blue stripes and a grey box.
 *
 * @example
 * const { blob } = await captureViewport();
 */
export async function captureViewport(options?: unknown): Promise<{ blob: Blob; width: number; height: number; type: string }> {
  screenshotFake.calls += 1;
  screenshotFake.lastOptions = options;
  screenshotFake.dialogOpenDuringCapture = [...document.querySelectorAll('aftercare-widget')].some((w) => w.shadowRoot?.querySelector('dialog')?.open);
  if (screenshotFake.mode === 'fail') throw new Error('capture failed (test fake)');
  const canvas = new OffscreenCanvas(FAKE_SIZE.width, FAKE_SIZE.height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = 'rgb(240, 200, 80)';
  ctx.fillRect(0, 0, FAKE_SIZE.width, FAKE_SIZE.height);
  ctx.fillStyle = 'rgb(40, 120, 220)';
  for (let x = 0; x < FAKE_SIZE.width; x += 40) ctx.fillRect(x, 0, 20, FAKE_SIZE.height);
  ctx.fillStyle = 'rgb(150, 150, 150)';
  ctx.fillRect(100, 60, 120, 80);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { blob, ...FAKE_SIZE, type: 'image/png' };
}
