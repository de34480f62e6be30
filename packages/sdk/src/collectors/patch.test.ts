import { describe, expect, it } from 'vitest';
import { patchMethod } from './patch.js';

function target() {
  return { greet: (name: string) => `hi ${name}` };
}

describe('patchMethod', () => {
  it('wraps and restores the original', () => {
    const t = target();
    const original = t.greet;
    const unpatch = patchMethod(t, 'greet', (orig) => (name: string) => `${orig(name)}!`);
    expect(t.greet('ann')).toBe('hi ann!');
    unpatch();
    expect(t.greet).toBe(original);
  });

  it('leaves a later patch working when an earlier one is removed', () => {
    const t = target();
    const unpatchA = patchMethod(t, 'greet', (orig) => (name: string) => `${orig(name)} [a]`);
    const unpatchB = patchMethod(t, 'greet', (orig) => (name: string) => `${orig(name)} [b]`);
    unpatchA();
    expect(t.greet('ann')).toBe('hi ann [b]');
    unpatchB();
    expect(t.greet('ann')).toBe('hi ann');
  });

  it('ignores missing methods', () => {
    const t: { missing?: () => void } = {};
    patchMethod(t, 'missing', (orig) => orig)();
    expect(t.missing).toBeUndefined();
  });
});
