/**
 * The clone of the stylesheet-copy rasteriser: the document copied node by
 * node into an inert document (no custom element upgrades, no loads), with
 *
 * - subtrees that paint nowhere near the viewport replaced by empty, hidden
 *   boxes of their live size (stand-ins.ts: grid and flow layout keep their
 *   space), so the SVG image lays out a few hundred elements, not the page;
 * - excluded elements (masked, the widget) replaced the same way, built from
 *   their tag and styling attributes only: none of their content is copied;
 * - shadow trees flattened into light DOM, styled inline from computed styles
 *   (computed-style.ts), slotted content included;
 * - sticky elements pinned where they show (stand-ins.ts), scrolled
 *   containers scrolled (scroll-state.ts), form state, canvases and images
 *   carried (clone-state.ts).
 */
import { carryState, type PendingImage } from './clone-state.js';
import { addStyle, setStyle } from './inline-style.js';
import { UNDEFINED_ATTRIBUTE } from './page-css.js';
import { nextTask } from './next-task.js';
import { scrollRule } from './scroll-state.js';
import { pin, standIn } from './stand-ins.js';
import { frozenStyleOf, inlineStyleOf, linkStyleOf, pseudoRules } from './computed-style.js';
import { animatedProperties, findMovers } from './live-layout.js';

/** What to leave out, and the viewport's size. */
export interface CloneOptions {
  exclude: (element: Element) => boolean;
  viewport: { width: number; height: number };
  /**
   * Selectors of the elements that may paint outside their ancestors' boxes
   * (PageCss.movers); without them every descendant of an off-screen
   * element is measured before it is left out.
   */
  movers?: readonly string[];
}

/** The clone of `<html>`, and what the SVG image still needs around it. */
export interface ViewportClone {
  root: Element;
  /** Rules for the pseudo-elements of inline-styled elements. */
  css: string;
  /** Image attributes to point at data URLs. */
  images: PendingImage[];
}

/** Off-viewport painting kept: shadows and small overflow near the edges. */
const MARGIN = 96;
/** Elements that show nothing or load something: kept empty (sibling selectors still count them), hidden. */
const EMPTIED = new Set(['script', 'style', 'link', 'meta', 'title', 'base', 'noscript', 'template', 'source', 'track']);
/** What an SVG's `<use>` and `url(#…)` references point at: kept whole, wherever it is. */
const SVG_DEFINITIONS = 'symbol, defs';
const BOX_DISPLAYS = new Set(['block', 'flow-root', 'flex', 'grid', 'list-item', 'table', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const PSEUDO_ATTRIBUTE = 'data-aftercare-pseudo';
const STYLE_ATTRIBUTE = 'data-aftercare-style';
/** Longest stretch of inline styling before the event loop gets a turn. */
const SLICE_MS = 40;

/**
 * Clones the current document for the viewport.
 *
 * @example
 * const { root, css, images } = await cloneViewport({ exclude: () => false, viewport: { width: 1280, height: 800 } });
 */
export async function cloneViewport(options: CloneOptions): Promise<ViewportClone> {
  const cloner = new Cloner(options);
  const html = document.documentElement;
  const root = cloner.doc.importNode(html, false);
  cloner.children(html, root, false);
  await cloner.styleInline();
  // The root's overflow applies to the viewport, not to its box; so does the body's when the root's is visible.
  addStyle(root, 'overflow:visible!important');
  const body = document.body ? root.querySelector(':scope > body') : null;
  if (body && getComputedStyle(html).overflow === 'visible') addStyle(body, 'overflow:visible!important');
  return { root, css: cloner.css, images: cloner.images };
}

class Cloner {
  readonly doc = document.implementation.createHTMLDocument('');
  css = '';
  readonly images: PendingImage[] = [];
  private pseudoCount = 0;
  private readonly styleKeys = new Map<string, string>();
  private readonly toStyle: Array<{ source: Element; clone: Element; computed: CSSStyleDeclaration }> = [];
  private scrolledCount = 0;
  private readonly pinned = new WeakSet<Element>();
  private readonly startedAt = performance.now();
  private readonly right: number;
  private readonly bottom: number;
  private readonly scroller = document.scrollingElement;
  /** The properties animations and transitions are changing, by element: the clone would restart them. */
  private readonly animated = animatedProperties();
  /** Movers near the viewport; `undefined` when they are not known. */
  private readonly nearMovers: Element[] | undefined;

  constructor(private readonly options: CloneOptions) {
    this.right = options.viewport.width + MARGIN;
    this.bottom = options.viewport.height + MARGIN;
    const movers = options.movers && findMovers(options.movers);
    this.nearMovers = movers?.filter((element) => this.near(element.getBoundingClientRect()));
  }

  /**
   * Clones the children of `source` (an element, or a shadow root for its
   * host) into `target`; with `computed`, the element's computed style, shows
   * a scrolled element scrolled.
   */
  children(source: Element | ShadowRoot, target: Element, inline: boolean, computed?: CSSStyleDeclaration): void {
    let scrolled: { x: number; y: number } | undefined;
    if (computed && source instanceof Element && source !== this.scroller && (source.scrollTop !== 0 || source.scrollLeft !== 0)) {
      const rule = scrollRule(source, target, computed, String(this.scrolledCount++));
      if (rule) this.css += rule;
      else scrolled = { x: -source.scrollLeft, y: -source.scrollTop };
    }
    for (let node = source.firstChild; node; node = node.nextSibling) this.node(node, target, inline, scrolled);
  }

  private node(node: Node, target: Element, inline: boolean, scrolled: { x: number; y: number } | undefined): void {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = this.doc.importNode(node, false);
      if (scrolled && (node as Text).data.trim()) {
        const span = this.doc.createElement('span');
        setStyle(span, `all:unset;position:relative;left:${scrolled.x}px;top:${scrolled.y}px`);
        span.append(text);
        target.append(span);
      } else {
        target.append(text);
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.namespaceURI === HTML_NS && element.localName === 'head') return;
      if (element.namespaceURI === HTML_NS && EMPTIED.has(element.localName)) {
        const empty = this.doc.createElement(element.localName);
        setStyle(empty, 'display:none!important');
        target.append(empty);
        return;
      }
      const clones = this.element(element, inline);
      if (scrolled) for (const clone of clones) if (!this.pinned.has(clone)) this.shift(element, clone, scrolled);
      target.append(...clones);
    }
  }

  /** The clones standing for `source`: none, one, or a sticky element's pinned copy and its place. */
  private element(source: Element, parentInline: boolean): Element[] {
    // A shadow host is styled by its shadow tree's `:host` rules too: it is inline-styled like its shadow content.
    const inline = parentInline || source.shadowRoot !== null;
    const svgChild = source.namespaceURI !== HTML_NS && source.localName !== 'svg';
    if (this.options.exclude(source)) return svgChild ? [] : [standIn(this.doc, source, inline, true)];
    const computed = getComputedStyle(source);
    if (!svgChild) {
      const reach = this.reach(source);
      if (reach === 'out' || (reach === 'empty' && computed.display === 'none')) {
        if (source.localName === 'svg' && source.querySelector(SVG_DEFINITIONS)) return [this.deep(source, inline, computed)];
        if (computed.display === 'none') return [this.shallow(source, inline, computed)];
        if (BOX_DISPLAYS.has(computed.display) || source.namespaceURI !== HTML_NS) return [standIn(this.doc, source, inline, false)];
      }
    }
    const clone = this.shallow(source, inline, computed);
    if (source.localName.includes('-') && !source.matches(':defined')) clone.setAttribute(UNDEFINED_ATTRIBUTE, '');
    if (!inline && source.matches(':any-link')) addStyle(clone, linkStyleOf(computed));
    const animated = this.animated.get(source);
    if (animated && !inline) addStyle(clone, frozenStyleOf(computed, animated));
    if (carryState(source, clone, computed, this.images)) {
      const shadow = source.shadowRoot;
      if (shadow) this.children(shadow, clone, true);
      else if (inline && source instanceof HTMLSlotElement) this.slotted(source, clone);
      else this.children(source, clone, inline, computed);
    }
    if (computed.position !== 'sticky') return [clone];
    // Pinned where it shows, out of flow; a hidden copy keeps its place in the flow.
    this.pinned.add(pin(source, clone));
    return [clone, standIn(this.doc, source, inline, false)];
  }

  private slotted(slot: HTMLSlotElement, clone: Element): void {
    const assigned = slot.assignedNodes();
    if (assigned.length === 0) {
      this.children(slot, clone, true);
      return;
    }
    for (const node of assigned) this.node(node, clone, true, undefined);
  }

  /** `in`: paints near the viewport (itself or a descendant); `empty`: no box; `out`: neither. */
  private reach(source: Element): 'in' | 'out' | 'empty' {
    const rect = source.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return 'empty';
    if (this.near(rect)) return 'in';
    // Positioned or transformed descendants can paint far from their ancestor's box.
    // A shadow tree's movers are not among the page's: measure them.
    const shadow = source.shadowRoot;
    if (shadow) for (const descendant of shadow.querySelectorAll('*')) if (this.near(descendant.getBoundingClientRect())) return 'in';
    if (this.nearMovers) return this.nearMovers.some((mover) => source.contains(mover)) ? 'in' : 'out';
    for (const descendant of source.querySelectorAll('*')) if (this.near(descendant.getBoundingClientRect())) return 'in';
    return 'out';
  }

  private near(rect: DOMRect): boolean {
    return (rect.width > 0 || rect.height > 0) && rect.right >= -MARGIN && rect.bottom >= -MARGIN && rect.left <= this.right && rect.top <= this.bottom;
  }

  /** The element with its whole subtree, as it is (SVG definitions), less what is excluded. */
  private deep(source: Element, inline: boolean, computed: CSSStyleDeclaration): Element {
    const clone = this.doc.importNode(source, true);
    const sources = source.querySelectorAll('*');
    const clones = clone.querySelectorAll('*');
    // Same tree, same order: drop the clone of every excluded element (its subtree goes with it).
    sources.forEach((element, i) => {
      if (this.options.exclude(element)) clones[i]!.remove();
    });
    if (inline) this.inlineStyle(source, clone, computed);
    return clone;
  }

  /** The element alone; styled inline from its computed style in shadow and slotted content. */
  private shallow(source: Element, inline: boolean, computed: CSSStyleDeclaration): Element {
    const clone = this.doc.importNode(source, false);
    if (inline) this.inlineStyle(source, clone, computed);
    return clone;
  }

  /** Marks the clone for {@link styleInline}; what the walk adds to its inline style wins over that. */
  private inlineStyle(source: Element, clone: Element, computed: CSSStyleDeclaration): void {
    clone.removeAttribute('style');
    this.toStyle.push({ source, clone, computed });
  }

  /**
   * Writes the computed styles of the shadow and slotted elements the walk
   * kept, a slice at a time: hundreds of reads per element would otherwise
   * make one long task of a page whose content is all in shadow trees.
   */
  async styleInline(): Promise<void> {
    // The walk before it ran in the same task.
    let sliceStart = this.startedAt;
    for (const { source, clone, computed } of this.toStyle) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
      // Elements styled alike share one rule: a smaller SVG, and less for the image to parse and match.
      const style = inlineStyleOf(computed, source);
      let styleKey = this.styleKeys.get(style);
      if (styleKey === undefined) {
        styleKey = String(this.styleKeys.size);
        this.styleKeys.set(style, styleKey);
        this.css += `[${STYLE_ATTRIBUTE}="${styleKey}"]{${style}}`;
      }
      clone.setAttribute(STYLE_ATTRIBUTE, styleKey);
      const key = String(this.pseudoCount);
      const rules = pseudoRules(source, PSEUDO_ATTRIBUTE, key);
      if (rules) {
        this.pseudoCount++;
        clone.setAttribute(PSEUDO_ATTRIBUTE, key);
        this.css += rules;
      }
    }
  }

  /** Shows a scrolled container's child where the scroll puts it, when no marker can (scroll-state.ts): moved by the scroll offset. */
  private shift(source: Element, clone: Element, by: { x: number; y: number }): void {
    const computed = getComputedStyle(source);
    if (computed.position === 'fixed') return;
    // Inline boxes ignore transforms; anything else keeps its own positioning under a translation.
    if (computed.display === 'inline' && computed.position === 'static') {
      addStyle(clone, `position:relative!important;left:${by.x}px!important;top:${by.y}px!important`);
    } else {
      addStyle(clone, `translate:${by.x}px ${by.y}px!important`);
    }
  }
}
