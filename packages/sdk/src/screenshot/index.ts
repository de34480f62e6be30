/**
 * `@aftercare/sdk/screenshot`: captures the visible viewport of the host page
 * with masked elements painted over and the widget left out. Load it with
 * `import()` when the reporter asks for a screenshot; it brings the
 * rasterisers along (our own stylesheet copy, and @zumer/snapdom as the
 * fallback), which the rest of the SDK never loads.
 *
 * @example
 * const { captureViewport, prepareCapture } = await import('@aftercare/sdk/screenshot');
 * void prepareCapture();                 // when the report dialog opens
 * const { blob } = await captureViewport(); // when the reporter asks for it
 */
export { captureViewport, prepareCapture, exclusionRule, WIDGET_TAG } from './capture-viewport.js';
export type { CaptureScope, CaptureViewportOptions, ViewportScreenshot } from './capture-viewport.js';
export { paintBoxes, MASK_COLOUR } from './paint-boxes.js';
export { chooseRasteriser } from './rasterise.js';
export type { RasteriserChoice } from './rasterise.js';
export { DEFAULT_MAX_BYTES, encodeSteps, typesToTry, judge, scaledSize } from './encode-plan.js';
export type { EncodeStep, ScreenshotType, LadderDecision, EncodeResult } from './encode-plan.js';
export { encodeUnderCap, canvasEncoder } from './encode.js';
export type { EncodeOnce, Encoded } from './encode.js';
export { findMaskedElements, maskBoxes, clipBox, openShadowRoots } from './mask-boxes.js';
export type { Box } from './mask-boxes.js';
