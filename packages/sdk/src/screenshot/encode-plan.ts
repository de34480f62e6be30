/**
 * The order in which a screenshot is encoded until it fits the size cap:
 * the preferred type at falling quality, then smaller and smaller at a
 * middling quality. A type the browser cannot encode (WebP in old Safari
 * comes back as PNG) is given up for JPEG. Pure, so the ladder is tested as a
 * table.
 *
 * WebP starts at quality 1, which Chromium encodes losslessly: on UI
 * screenshots that was measured smaller than lossy quality 0.97 (139 KB vs
 * 166 KB at 1280x800), twice as fast to encode (38 vs 89 ms) and without the
 * ringing around text that lossy WebP and JPEG add.
 */

/** Image types a screenshot is sent as. */
export type ScreenshotType = 'image/webp' | 'image/jpeg';

/** One encoding attempt. */
export interface EncodeStep {
  type: ScreenshotType;
  /** Lossy quality in `(0, 1]`. */
  quality: number;
  /** Output size as a fraction of the captured size. */
  scale: number;
}

/** Default largest screenshot, in bytes (1.5 MB). */
export const DEFAULT_MAX_BYTES = 1.5 * 1024 * 1024;

const QUALITIES: Record<ScreenshotType, readonly number[]> = {
  'image/webp': [1, 0.9, 0.8, 0.65, 0.5],
  'image/jpeg': [0.92, 0.85, 0.75, 0.6, 0.45],
};
const SCALES = [0.75, 0.5, 0.35, 0.25] as const;
const SCALED_QUALITY = 0.7;

/**
 * The attempts for one type, best first.
 *
 * @example
 * encodeSteps('image/webp')[0]; // { type: 'image/webp', quality: 1, scale: 1 }
 */
export function encodeSteps(type: ScreenshotType): EncodeStep[] {
  return [
    ...QUALITIES[type].map((quality) => ({ type, quality, scale: 1 })),
    ...SCALES.map((scale) => ({ type, quality: SCALED_QUALITY, scale })),
  ];
}

/**
 * The types to try, in order: the requested one, then JPEG when WebP was
 * asked for and the browser cannot encode it.
 *
 * @example
 * typesToTry('image/webp'); // ['image/webp', 'image/jpeg']
 */
export function typesToTry(type: ScreenshotType): ScreenshotType[] {
  return type === 'image/jpeg' ? ['image/jpeg'] : ['image/webp', 'image/jpeg'];
}

/** What one attempt produced, as far as the ladder cares. */
export interface EncodeResult {
  /** The type the browser actually produced. */
  type: string;
  size: number;
}

/** What the ladder says after an attempt. */
export type LadderDecision = 'accept' | 'next-step' | 'next-type';

/**
 * Judges one attempt: keep it when it has the asked type and fits; move to
 * the next type when the browser produced another type; otherwise try the
 * next step.
 *
 * @example
 * judge({ type: 'image/webp', quality: 1, scale: 1 }, { type: 'image/png', size: 9 }, 100); // 'next-type'
 */
export function judge(step: EncodeStep, result: EncodeResult, maxBytes: number): LadderDecision {
  if (result.type !== step.type) return 'next-type';
  return result.size <= maxBytes ? 'accept' : 'next-step';
}

/**
 * Output size in whole pixels for a step, never below 1×1.
 *
 * @example
 * scaledSize(1280, 800, 0.35); // { width: 448, height: 280 }
 */
export function scaledSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
