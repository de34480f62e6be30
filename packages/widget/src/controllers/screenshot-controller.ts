/**
 * THE SCREENSHOT ADAPTER: a reactive controller that captures the page just
 * before the dialog shows, through the SDK's lazy module
 * `@aftercare/sdk/screenshot` (`captureViewport`), loaded with `import()` only
 * when a capture is made. If loading or capturing fails, or takes too long,
 * there is simply no screenshot: the form works without one. It also keeps
 * the reporter's annotations and the annotated image the editor produced.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LIMITS } from '@aftercare/sdk/schemas';
import type { Annotation } from '../editor/annotations.js';

/** A captured screenshot. */
export interface Screenshot {
  blob: Blob;
  width: number;
  height: number;
  type: string;
}

/** How long the dialog waits for a capture before it opens without one. */
export const CAPTURE_TIMEOUT_MS = 4000;

/**
 * Captures and holds the screenshot.
 *
 * @example
 * private readonly screenshot = new ScreenshotController(this);
 * await this.screenshot.capture({ exclude: [this] });
 */
export class ScreenshotController implements ReactiveController {
  /** The capture, when there is one. */
  shot: Screenshot | undefined;
  /** The reporter's marks, in image pixels. */
  annotations: readonly Annotation[] = [];
  /** The image with the marks painted in (set by the editor). */
  private edited: Blob | undefined;
  /** Object URL of what the thumbnail shows. */
  thumbnail: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to do on connect. */
  hostConnected(): void {}

  /** Releases the thumbnail URL. */
  hostDisconnected(): void {
    this.clear();
  }

  private prepared = false;

  /**
   * Gets a capture ready when the reporter shows intent (pointer over or
   * focus on the launcher): loads the module and lets the SDK do the slow
   * first pass of reading styles, so the capture on click is the fast one.
   * Never rejects; does nothing the second time.
   */
  prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    import('@aftercare/sdk/screenshot').then((module) => module.prepareCapture()).catch(() => {});
  }

  /** Captures the viewport; resolves `true` with a screenshot, `false` without (never rejects). */
  async capture(options: { exclude: Element[]; maskSelectors?: string[] | undefined }): Promise<boolean> {
    try {
      const module = await import('@aftercare/sdk/screenshot');
      const capture = module.captureViewport({
        exclude: options.exclude,
        maxBytes: LIMITS.screenshotBytes,
        ...(options.maskSelectors?.length ? { maskSelectors: options.maskSelectors } : {}),
      });
      const shot = await Promise.race([capture, timeout(CAPTURE_TIMEOUT_MS)]);
      if (!shot || !(shot.blob instanceof Blob) || shot.blob.size === 0) return false;
      this.clear();
      this.shot = shot;
      this.show(shot.blob);
      return true;
    } catch {
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Keeps the editor's result: the marks, and the image with them painted in. */
  setEdited(annotations: readonly Annotation[], image: Blob | undefined): void {
    if (!this.shot) return;
    this.annotations = annotations;
    this.edited = annotations.length > 0 ? image : undefined;
    this.show(this.edited ?? this.shot.blob);
    this.host.requestUpdate();
  }

  /** The image to send: annotated if the reporter marked it. */
  get image(): Blob | undefined {
    return this.edited ?? this.shot?.blob;
  }

  /** Forgets the screenshot (after a report was filed). */
  clear(): void {
    if (this.thumbnail) URL.revokeObjectURL(this.thumbnail);
    this.thumbnail = undefined;
    this.shot = undefined;
    this.edited = undefined;
    this.annotations = [];
  }

  private show(blob: Blob): void {
    if (this.thumbnail) URL.revokeObjectURL(this.thumbnail);
    this.thumbnail = URL.createObjectURL(blob);
  }
}

function timeout(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}
