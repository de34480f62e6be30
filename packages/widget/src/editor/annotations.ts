/**
 * The screenshot editor's model: rectangles in image pixels, the keyboard
 * cursor that the arrow keys move and resize, and an undo history. Pure: the
 * editor element draws it, `burn-in.ts` paints it into the image.
 */

/** What a rectangle does: draw attention, or hide what is under it (solid black). */
export type Tool = 'highlight' | 'redact';

/** A rectangle in image pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A placed rectangle. */
export interface Annotation extends Rect {
  tool: Tool;
}

/** The editor's state: placed rectangles and the states to go back to. */
export interface EditorModel {
  annotations: readonly Annotation[];
  history: ReadonlyArray<readonly Annotation[]>;
}

/** What a key press asks for, when the canvas has focus. */
export type KeyCommand =
  | { type: 'move'; dx: number; dy: number }
  | { type: 'resize'; dw: number; dh: number }
  | { type: 'place' }
  | { type: 'remove' }
  | { type: 'undo' };

/** The smallest side of a rectangle, in image pixels. */
export const MIN_SIDE = 4;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Maps a key press to a command: arrows move by `step`, Shift+arrows resize,
 * Alt makes steps of one pixel, Enter places, Delete/Backspace removes,
 * Ctrl/Cmd+Z undoes.
 *
 * @example
 * keyCommand({ key: 'ArrowRight', shiftKey: true }, 10); // { type: 'resize', dw: 10, dh: 0 }
 */
export function keyCommand(
  event: Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>>,
  step: number,
): KeyCommand | undefined {
  const arrow = ARROWS[event.key];
  if (arrow) {
    const size = event.altKey ? 1 : step;
    const [x, y] = arrow;
    return event.shiftKey ? { type: 'resize', dw: x * size, dh: y * size } : { type: 'move', dx: x * size, dy: y * size };
  }
  if (event.key === 'Enter') return { type: 'place' };
  if (event.key === 'Delete' || event.key === 'Backspace') return { type: 'remove' };
  if ((event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey)) return { type: 'undo' };
  return undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Moves a rectangle, keeping it inside the image.
 *
 * @example
 * moveRect({ x: 0, y: 0, w: 10, h: 10 }, -5, 3, { width: 100, height: 100 }); // { x: 0, y: 3, w: 10, h: 10 }
 */
export function moveRect(rect: Rect, dx: number, dy: number, bounds: { width: number; height: number }): Rect {
  return { ...rect, x: clamp(rect.x + dx, 0, bounds.width - rect.w), y: clamp(rect.y + dy, 0, bounds.height - rect.h) };
}

/**
 * Resizes a rectangle from its bottom-right corner, within the image and no smaller than {@link MIN_SIDE}.
 *
 * @example
 * resizeRect({ x: 90, y: 0, w: 10, h: 10 }, 20, 0, { width: 100, height: 100 }).w; // 10
 */
export function resizeRect(rect: Rect, dw: number, dh: number, bounds: { width: number; height: number }): Rect {
  return {
    ...rect,
    w: clamp(rect.w + dw, MIN_SIDE, bounds.width - rect.x),
    h: clamp(rect.h + dh, MIN_SIDE, bounds.height - rect.y),
  };
}

/**
 * The rectangle spanned by two corners (a pointer drag), in whole pixels inside the image.
 *
 * @example
 * spanRect({ x: 50, y: 40 }, { x: 10, y: 10 }, { width: 100, height: 100 }); // { x: 10, y: 10, w: 40, h: 30 }
 */
export function spanRect(a: { x: number; y: number }, b: { x: number; y: number }, bounds: { width: number; height: number }): Rect {
  const x0 = clamp(Math.floor(Math.min(a.x, b.x)), 0, bounds.width);
  const y0 = clamp(Math.floor(Math.min(a.y, b.y)), 0, bounds.height);
  const x1 = clamp(Math.ceil(Math.max(a.x, b.x)), 0, bounds.width);
  const y1 = clamp(Math.ceil(Math.max(a.y, b.y)), 0, bounds.height);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * An empty model.
 *
 * @example
 * const model = emptyModel();
 */
export function emptyModel(annotations: readonly Annotation[] = []): EditorModel {
  return { annotations, history: [] };
}

/**
 * Adds a rectangle (too small ones are ignored).
 *
 * @example
 * place(model, { x: 0, y: 0, w: 20, h: 10 }, 'redact').annotations.length; // 1
 */
export function place(model: EditorModel, rect: Rect, tool: Tool): EditorModel {
  if (rect.w < MIN_SIDE || rect.h < MIN_SIDE) return model;
  return { annotations: [...model.annotations, { ...rect, tool }], history: [...model.history, model.annotations] };
}

/**
 * Removes one rectangle, the last one by default.
 *
 * @example
 * remove(model).annotations.length; // one fewer
 */
export function remove(model: EditorModel, index = model.annotations.length - 1): EditorModel {
  if (index < 0 || index >= model.annotations.length) return model;
  return {
    annotations: model.annotations.filter((_, i) => i !== index),
    history: [...model.history, model.annotations],
  };
}

/**
 * Goes back one change.
 *
 * @example
 * undo(place(model, rect, 'highlight')).annotations === model.annotations; // true
 */
export function undo(model: EditorModel): EditorModel {
  const previous = model.history.at(-1);
  if (!previous) return model;
  return { annotations: previous, history: model.history.slice(0, -1) };
}
