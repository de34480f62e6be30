import { describe, expect, it } from 'vitest';
import { defaultIsInApp, parseStack, sameOriginInApp } from './parse-stack.js';

const APP = 'https://app.example.com';
const inApp = sameOriginInApp(APP);

const chromium = `TypeError: Cannot read properties of undefined (reading 'total') at line:1:2
    at computeTotal (https://app.example.com/assets/cart.js:12:17)
    at async Cart.save (https://app.example.com/assets/cart.js:40:5)
    at new Checkout (https://app.example.com/assets/checkout.js:3:9)
    at https://app.example.com/assets/main.js:7:1
    at Array.map (<anonymous>)
    at eval (eval at run (https://app.example.com/assets/main.js:20:3), <anonymous>:1:1)
    at dispatch (https://cdn.example.net/vendor/react.js:100:22)
    at Object.<anonymous> (/srv/app/node_modules/lib/index.js:5:3)
    at async Promise.all (index 0)`;

const firefox = `computeTotal@https://app.example.com/assets/cart.js:12:17
async*Cart.prototype.save@https://app.example.com/assets/cart.js:40:5
Checkout@https://app.example.com/assets/checkout.js:3:9
@https://app.example.com/assets/main.js:7:1
run/<@https://app.example.com/assets/main.js line 20 > eval:1:1
dispatch@https://cdn.example.net/vendor/react.js:100:22
onClick@moz-extension://abc/content.js:1:1
`;

const safari = `computeTotal@https://app.example.com/assets/cart.js:12:17
save@https://app.example.com/assets/cart.js:40:5
map@[native code]
global code@https://app.example.com/assets/main.js:7:1
module code@https://app.example.com/assets/mod.js:2
dispatch@https://cdn.example.net/vendor/react.js:100:22
https://app.example.com/assets/bare.js:9:4
[native code]`;

describe('parseStack', () => {
  it('parses a Chromium/V8 stack and ignores the message line', () => {
    expect(parseStack(chromium, { isInApp: inApp })).toEqual([
      { function: 'computeTotal', file: `${APP}/assets/cart.js`, line: 12, column: 17, inApp: true },
      { function: 'Cart.save', file: `${APP}/assets/cart.js`, line: 40, column: 5, inApp: true },
      { function: 'new Checkout', file: `${APP}/assets/checkout.js`, line: 3, column: 9, inApp: true },
      { file: `${APP}/assets/main.js`, line: 7, column: 1, inApp: true },
      { function: 'Array.map', native: true, inApp: false },
      { function: 'eval', file: `${APP}/assets/main.js`, line: 20, column: 3, inApp: true },
      { function: 'dispatch', file: 'https://cdn.example.net/vendor/react.js', line: 100, column: 22, inApp: false },
      { function: 'Object.<anonymous>', file: '/srv/app/node_modules/lib/index.js', line: 5, column: 3, inApp: false },
    ]);
  });

  it('parses a Firefox stack', () => {
    expect(parseStack(firefox, { isInApp: inApp })).toEqual([
      { function: 'computeTotal', file: `${APP}/assets/cart.js`, line: 12, column: 17, inApp: true },
      { function: 'Cart.prototype.save', file: `${APP}/assets/cart.js`, line: 40, column: 5, inApp: true },
      { function: 'Checkout', file: `${APP}/assets/checkout.js`, line: 3, column: 9, inApp: true },
      { file: `${APP}/assets/main.js`, line: 7, column: 1, inApp: true },
      { function: 'run/<', file: `${APP}/assets/main.js`, line: 20, inApp: true },
      { function: 'dispatch', file: 'https://cdn.example.net/vendor/react.js', line: 100, column: 22, inApp: false },
      { function: 'onClick', file: 'moz-extension://abc/content.js', line: 1, column: 1, inApp: false },
    ]);
  });

  it('parses a Safari stack', () => {
    expect(parseStack(safari, { isInApp: inApp })).toEqual([
      { function: 'computeTotal', file: `${APP}/assets/cart.js`, line: 12, column: 17, inApp: true },
      { function: 'save', file: `${APP}/assets/cart.js`, line: 40, column: 5, inApp: true },
      { function: 'map', native: true, inApp: false },
      { file: `${APP}/assets/main.js`, line: 7, column: 1, inApp: true },
      { file: `${APP}/assets/mod.js`, line: 2, inApp: true },
      { function: 'dispatch', file: 'https://cdn.example.net/vendor/react.js', line: 100, column: 22, inApp: false },
      { file: `${APP}/assets/bare.js`, line: 9, column: 4, inApp: true },
      { native: true, inApp: false },
    ]);
  });

  it('parses a Node stack with internals and Windows paths', () => {
    const node = `Error: boom
    at handler (C:\\srv\\app\\routes.js:10:3)
    at Module._compile (node:internal/modules/cjs/loader:1105:14)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)`;
    expect(parseStack(node)).toEqual([
      { function: 'handler', file: 'C:\\srv\\app\\routes.js', line: 10, column: 3, inApp: true },
      { function: 'Module._compile', file: 'node:internal/modules/cjs/loader', line: 1105, column: 14, inApp: false },
      { function: 'processTicksAndRejections', file: 'node:internal/process/task_queues', line: 95, column: 5, inApp: false },
    ]);
  });

  it('returns no frames for empty or frameless input and caps the count', () => {
    expect(parseStack(undefined)).toEqual([]);
    expect(parseStack('just a message')).toEqual([]);
    const long = Array.from({ length: 80 }, (_, i) => `    at f${i} (/a.js:${i + 1}:1)`).join('\n');
    expect(parseStack(long, { maxFrames: 5 })).toHaveLength(5);
  });
});

describe('in-app rules', () => {
  it.each([
    ['https://app.example.com/main.js', true],
    ['/srv/app/src/index.js', true],
    ['/srv/app/node_modules/x/index.js', false],
    ['chrome-extension://abc/x.js', false],
    ['node:internal/timers', false],
    ['<anonymous>', false],
  ])('defaultIsInApp(%s) = %s', (file, expected) => {
    expect(defaultIsInApp(file)).toBe(expected);
  });
  it('sameOriginInApp keeps only the page origin for http files', () => {
    expect(inApp('https://app.example.com/a.js')).toBe(true);
    expect(inApp('https://app.example.com.evil.net/a.js')).toBe(false);
    expect(inApp('https://cdn.example.net/a.js')).toBe(false);
  });
});
