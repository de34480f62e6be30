import { describe, expect, it } from 'vitest';
import { CRITICAL_WORDS } from './defaults.js';
import { compileWord, findAnyWord, foldForMatching } from './text-match.js';

describe('foldForMatching', () => {
  it.each([
    ['  The App   CRASHED\n', 'the app crashed'],
    ['ＣＲＡＳＨ', 'crash'],
    ['can’t log in', "can't log in"],
    ['应用 崩溃 了', '应用 崩溃 了'],
  ])('%j → %j', (text, folded) => {
    expect(foldForMatching(text)).toBe(folded);
  });
});

describe('compileWord', () => {
  it.each([
    ['Crash', { source: 'Crash', text: 'crash', prefix: false, anywhere: false }],
    ['crash*', { source: 'crash*', text: 'crash', prefix: true, anywhere: false }],
    ['崩溃', { source: '崩溃', text: '崩溃', prefix: false, anywhere: true }],
    ['  ', null],
    ['*', null],
  ])('%j', (word, compiled) => {
    expect(compileWord(word)).toEqual(compiled);
  });
});

describe('findAnyWord', () => {
  it.each([
    // English: whole words, case-insensitive
    ['The app crashes on save', ['crash*'], 'crash*'],
    ['The app CRASHED on save', ['crash*'], 'crash*'],
    ['Crash!', ['crash'], 'crash'],
    ['it crashed', ['crash'], null],
    ['no crashing here', ['crash'], null],
    ['The word is in "crash".', ['crash'], 'crash'],
    ['I cannot log in since Monday', ['cannot log in'], 'cannot log in'],
    ['I cannot   log\nin', ['cannot log in'], 'cannot log in'],
    ['I can’t log in', ["can't log in"], "can't log in"],
    ['Login works but blog installer fails', ['log in'], null],
    ['payment failed', ['payment*'], 'payment*'],
    ['Payments page is blank', ['payment*'], 'payment*'],
    ['prepayment plans', ['payment*'], null],
    ['We lost data yesterday', ['data loss', 'lost data'], 'lost data'],
    ['ＣＲＡＳＨ on start', ['crash'], 'crash'],
    ['crash_report attached', ['crash'], null],
    ['v2crash', ['crash'], null],
    // Chinese and mixed text: anywhere, no word boundaries
    ['应用崩溃了', ['崩溃'], '崩溃'],
    ['打开就闪退', ['崩溃', '闪退'], '闪退'],
    ['我的数据丢失了！', ['数据丢失'], '数据丢失'],
    ['一直无法登录系统', ['无法登录'], '无法登录'],
    ['支付宝付款失败', ['支付'], '支付'],
    ['App崩溃crash了', ['crash'], 'crash'],
    ['点击crash按钮后崩溃', ['崩溃'], '崩溃'],
    ['登录正常', ['无法登录'], null],
    // Japanese and Korean
    ['アプリがクラッシュした', ['クラッシュ'], 'クラッシュ'],
    ['앱이충돌했습니다', ['충돌'], '충돌'],
    // Lists
    ['all fine', ['crash*', '崩溃'], null],
    ['', ['crash'], null],
    ['crash', [], null],
  ])('%j in %j → %j', (text, words, found) => {
    expect(findAnyWord(text, words)).toBe(found);
  });

  it.each([
    ['The app crashed', true],
    ['我丢失数据了', true],
    ['I am locked out of my account', true],
    ['I got charged twice', true],
    ['登不上去', true],
    ['Export is slow', false],
    ['How do I change my avatar?', false],
  ])('critical words in %j: %s', (text, critical) => {
    expect(findAnyWord(text, CRITICAL_WORDS) !== null).toBe(critical);
  });
});
