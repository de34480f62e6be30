/**
 * What a node clone does not carry and the stylesheet-copy rasteriser's SVG
 * image needs: form state (values, checked boxes, chosen options live in
 * properties, not attributes), canvas and video pixels, and image sources (an
 * SVG image loads nothing external, so they become data URLs later).
 */
import { addStyle, setStyle } from './inline-style.js';

/** An attribute of a clone to set to the data URL of `url` once fetched. */
export interface PendingImage {
  element: Element;
  attribute: string;
  url: string;
}


/**
 * Copies what the source shows but its attributes do not say onto its
 * clone; returns false when the clone's children must not be copied (a
 * textarea's value replaces them, a video's sources load nothing).
 *
 * @example
 * if (carryState(input, clone, getComputedStyle(input), images)) copyChildren();
 */
export function carryState(source: Element, clone: Element, computed: CSSStyleDeclaration, images: PendingImage[]): boolean {
  if (source instanceof HTMLInputElement) {
    carryInput(source, clone, images);
  } else if (source instanceof HTMLAnchorElement) {
    // Relative to the SVG image's data: URL a link is no link, and loses the browser's link styling.
    if (source.hasAttribute('href')) clone.setAttribute('href', source.href);
  } else if (source instanceof HTMLOptionElement) {
    clone.toggleAttribute('selected', source.selected);
  } else if (source instanceof HTMLTextAreaElement) {
    clone.textContent = source.value;
    return false;
  } else if (source instanceof HTMLImageElement) {
    for (const name of ['src', 'srcset', 'sizes', 'loading']) clone.removeAttribute(name);
    const url = source.currentSrc || source.src;
    if (source.complete && source.naturalWidth > 0 && url) images.push({ element: clone, attribute: 'src', url });
  } else if (source instanceof HTMLCanvasElement) {
    canvasAsImage(source, clone, computed);
    return false;
  } else if (source instanceof HTMLVideoElement) {
    for (const name of ['src', 'poster']) clone.removeAttribute(name);
    paintAsBackground(clone, videoFrame(source), 'contain');
    return false;
  } else if (source instanceof HTMLIFrameElement || source instanceof HTMLEmbedElement || source instanceof HTMLObjectElement) {
    // Their documents are not captured (an SVG image loads none): the box stays, empty.
    for (const name of ['src', 'srcdoc', 'data']) clone.removeAttribute(name);
    return false;
  } else if (source instanceof SVGImageElement) {
    const href = source.href.baseVal;
    clone.removeAttribute('href');
    clone.removeAttribute('xlink:href');
    if (href) images.push({ element: clone, attribute: 'href', url: new URL(href, source.baseURI).href });
  }
  return true;
}

function carryInput(source: HTMLInputElement, clone: Element, images: PendingImage[]): void {
  const type = source.type;
  if (type === 'checkbox' || type === 'radio') {
    clone.toggleAttribute('checked', source.checked);
  } else if (type === 'image') {
    clone.removeAttribute('src');
    if (source.src) images.push({ element: clone, attribute: 'src', url: source.src });
  } else if (type !== 'password' && type !== 'file') {
    // Never a password: it is masked (left out) by the SDK's rule anyway, and must not reach the clone by any other path.
    clone.setAttribute('value', source.value);
  }
}

function paintAsBackground(clone: Element, data: string | undefined, size: string): void {
  if (!data) return;
  addStyle(
    clone,
    `background-image:url("${data}")!important;background-size:${size}!important;background-position:center!important;` +
      'background-origin:content-box!important;background-clip:content-box!important;background-repeat:no-repeat!important',
  );
}

/**
 * An SVG image runs no script, so a canvas there is an ordinary element that
 * shows its fallback content: sized as the live one is, it holds an image of
 * the live one's pixels.
 */
function canvasAsImage(source: HTMLCanvasElement, clone: Element, computed: CSSStyleDeclaration): void {
  const display = computed.display === 'inline' ? 'inline-block' : computed.display;
  addStyle(clone, `display:${display}!important;width:${computed.width}!important;height:${computed.height}!important;box-sizing:content-box!important`);
  const data = canvasPixels(source);
  if (!data) return;
  const image = clone.ownerDocument.createElement('img');
  image.setAttribute('src', data);
  setStyle(
    image,
    `all:initial!important;display:block!important;width:100%!important;height:100%!important;object-fit:${computed.objectFit}!important;object-position:${computed.objectPosition}!important`,
  );
  clone.append(image);
}

function canvasPixels(canvas: HTMLCanvasElement): string | undefined {
  if (canvas.width === 0 || canvas.height === 0) return undefined;
  try {
    return canvas.toDataURL();
  } catch {
    // A canvas tainted by cross-origin pixels cannot be read: it stays empty.
    return undefined;
  }
}

function videoFrame(video: HTMLVideoElement): string | undefined {
  if (video.readyState < 2 || video.videoWidth === 0) return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  try {
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.9);
  } catch {
    return undefined;
  }
}
