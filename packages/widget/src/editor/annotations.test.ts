/**
 * Tests of the editor model: key commands, moving and resizing within the
 * image, pointer rectangles, placing, removing and undo.
 */
import { equal } from '../testing/assert.js';
import { emptyModel, keyCommand, moveRect, place, remove, resizeRect, spanRect, undo, MIN_SIDE } from './annotations.js';

const bounds = { width: 100, height: 80 };
const show = (value: unknown) => JSON.stringify(value);

describe('keyCommand', () => {
  const cases: [event: Parameters<typeof keyCommand>[0], expected: unknown][] = [
    [{ key: 'ArrowRight' }, { type: 'move', dx: 10, dy: 0 }],
    [{ key: 'ArrowUp' }, { type: 'move', dx: 0, dy: -10 }],
    [{ key: 'ArrowLeft', altKey: true }, { type: 'move', dx: -1, dy: 0 }],
    [{ key: 'ArrowDown', shiftKey: true }, { type: 'resize', dw: 0, dh: 10 }],
    [{ key: 'ArrowLeft', shiftKey: true, altKey: true }, { type: 'resize', dw: -1, dh: 0 }],
    [{ key: 'Enter' }, { type: 'place' }],
    [{ key: 'Delete' }, { type: 'remove' }],
    [{ key: 'Backspace' }, { type: 'remove' }],
    [{ key: 'z', ctrlKey: true }, { type: 'undo' }],
    [{ key: 'Z', metaKey: true }, { type: 'undo' }],
    [{ key: 'z' }, undefined],
    [{ key: 'Tab' }, undefined],
  ];
  for (const [event, expected] of cases) {
    it(`${show(event)} → ${show(expected)}`, () => equal(show(keyCommand(event, 10)), show(expected), 'command'));
  }
});

describe('rectangles', () => {
  it('moves within the image', () => {
    equal(show(moveRect({ x: 5, y: 5, w: 20, h: 10 }, -10, 100, bounds)), show({ x: 0, y: 70, w: 20, h: 10 }), 'clamped move');
  });
  it('resizes within the image and never below the minimum', () => {
    equal(show(resizeRect({ x: 90, y: 0, w: 5, h: 10 }, 50, -50, bounds)), show({ x: 90, y: 0, w: 10, h: MIN_SIDE }), 'clamped resize');
  });
  it('spans a drag in any direction, in whole pixels inside the image', () => {
    equal(show(spanRect({ x: 50.6, y: 40.2 }, { x: 10.4, y: -5 }, bounds)), show({ x: 10, y: 0, w: 41, h: 41 }), 'span');
  });
});

describe('the model', () => {
  it('places, removes and undoes', () => {
    let model = emptyModel();
    model = place(model, { x: 0, y: 0, w: 10, h: 10 }, 'redact');
    model = place(model, { x: 20, y: 20, w: 10, h: 10 }, 'highlight');
    equal(model.annotations.map((a) => a.tool).join(), 'redact,highlight', 'placed');
    model = remove(model, 0);
    equal(model.annotations.map((a) => a.tool).join(), 'highlight', 'removed the first');
    model = undo(model);
    equal(model.annotations.length, 2, 'undo brings it back');
    model = undo(undo(model));
    equal(model.annotations.length, 0, 'undo to the start');
    equal(undo(model), model, 'nothing more to undo');
  });
  it('ignores rectangles too small to see, and removals of nothing', () => {
    const model = emptyModel();
    equal(place(model, { x: 0, y: 0, w: MIN_SIDE - 1, h: 40 }, 'redact'), model, 'too small');
    equal(remove(model), model, 'nothing to remove');
  });
});
