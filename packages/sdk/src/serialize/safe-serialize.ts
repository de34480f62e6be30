/**
 * Turns any JavaScript value into a bounded, JSON-safe copy: cycles, DOM
 * nodes, errors, huge strings, deep or wide objects and exotic types all come
 * out as plain data. Used for console arguments and host-app context. Pure: no
 * DOM globals are touched, nodes are recognised by shape.
 */

/** Limits and hooks for {@link safeSerialize}. */
export interface SerializeOptions {
  /** Nesting depth kept; deeper objects become `"[Object]"` / `"[Array(n)]"`. Default 5. */
  maxDepth?: number;
  /** Characters kept of a string. Default 1000. */
  maxStringLength?: number;
  /** Keys kept per object. Default 50. */
  maxKeys?: number;
  /** Items kept per array, map or set. Default 50. */
  maxItems?: number;
  /** Values visited in total before the rest become `"[…]"`; bounds the cost of one call. Default 1000. */
  maxNodes?: number;
  /** Describes a DOM node (e.g. honouring masking); default `<tag#id.class>`. */
  describeNode?: (node: NodeLike) => string;
}

/** The part of a DOM node the serializer looks at. */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  id?: string;
  classList?: ArrayLike<string>;
}

const DEFAULTS = { maxDepth: 5, maxStringLength: 1000, maxKeys: 50, maxItems: 50, maxNodes: 1000 };

/** Cuts a string to `max` characters, saying how much was left out. */
export function truncateString(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}…[+${value.length - max} chars]`;
}

/** True for objects shaped like a DOM node. */
export function isNodeLike(value: unknown): value is NodeLike {
  const v = value as Partial<NodeLike> | null;
  return typeof v === 'object' && v !== null && typeof v.nodeType === 'number' && typeof v.nodeName === 'string';
}

/** `<button#save.primary>` for an element, `#text` / `#document` for other nodes. */
export function describeNode(node: NodeLike): string {
  if (node.nodeType !== 1) return node.nodeName.toLowerCase();
  let out = `<${node.nodeName.toLowerCase()}`;
  if (node.id) out += `#${node.id}`;
  const classes = node.classList ? Array.from(node.classList).slice(0, 3) : [];
  for (const name of classes) out += `.${name}`;
  return `${out}>`;
}

/**
 * Returns a JSON-safe copy of `value` within the given limits.
 *
 * @example
 * const a: Record<string, unknown> = { name: 'a' };
 * a.self = a;
 * safeSerialize(a); // { name: 'a', self: '[Circular]' }
 */
export function safeSerialize(value: unknown, options: SerializeOptions = {}): unknown {
  const opts = { ...DEFAULTS, ...options };
  const describe = options.describeNode ?? describeNode;
  const ancestors: object[] = [];
  let visited = 0;

  function walk(input: unknown, depth: number): unknown {
    if (++visited > opts.maxNodes) return '[…]';
    switch (typeof input) {
      case 'string':
        return truncateString(input, opts.maxStringLength);
      case 'number':
        if (!Number.isFinite(input)) return String(input);
        return input === 0 ? 0 : input; // -0 does not survive JSON
      case 'boolean':
        return input;
      case 'undefined':
        return '[undefined]';
      case 'bigint':
        return `${input}n`;
      case 'symbol':
        return input.toString();
      case 'function':
        return `[Function ${input.name || 'anonymous'}]`;
    }
    if (input === null) return null;
    const obj = input as object;
    if (ancestors.includes(obj)) return '[Circular]';
    if (isNodeLike(obj)) return describe(obj);
    if (isWindowLike(obj)) return '[Window]';
    if (obj instanceof Error) return serializeError(obj, depth);
    if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
    if (obj instanceof RegExp) return obj.toString();
    if (ArrayBuffer.isView(obj)) return `[${obj.constructor.name}(${obj.byteLength} bytes)]`;
    if (obj instanceof ArrayBuffer) return `[ArrayBuffer(${obj.byteLength} bytes)]`;
    if (obj instanceof Promise) return '[Promise]';
    if (obj instanceof WeakMap || obj instanceof WeakSet) return `[${obj.constructor.name}]`;
    if (depth >= opts.maxDepth) {
      return Array.isArray(obj) ? `[Array(${obj.length})]` : `[${constructorName(obj)}]`;
    }
    ancestors.push(obj);
    try {
      if (Array.isArray(obj)) return walkList(obj, obj.length, depth);
      if (obj instanceof Map) return { $type: 'Map', entries: walkList([...obj.entries()], obj.size, depth) };
      if (obj instanceof Set) return { $type: 'Set', values: walkList([...obj.values()], obj.size, depth) };
      return walkObject(obj, depth);
    } finally {
      ancestors.pop();
    }
  }

  function walkList(items: readonly unknown[], size: number, depth: number): unknown[] {
    const out = items.slice(0, opts.maxItems).map((item) => walk(item, depth + 1));
    if (size > opts.maxItems) out.push(`…[+${size - opts.maxItems} items]`);
    return out;
  }

  function walkObject(obj: object, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let keys: string[];
    try {
      keys = Object.keys(obj);
    } catch {
      return { $type: 'Unreadable' };
    }
    for (const key of keys.slice(0, opts.maxKeys)) {
      let item: unknown;
      try {
        item = (obj as Record<string, unknown>)[key];
      } catch (error) {
        out[key] = `[Thrown: ${error instanceof Error ? error.message : String(error)}]`;
        continue;
      }
      out[key] = walk(item, depth + 1);
    }
    if (keys.length > opts.maxKeys) out['…'] = `+${keys.length - opts.maxKeys} keys`;
    return out;
  }

  function serializeError(error: Error, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {
      $type: 'Error',
      name: error.name,
      message: truncateString(String(error.message), opts.maxStringLength),
    };
    if (typeof error.stack === 'string') out.stack = truncateString(error.stack, opts.maxStringLength * 4);
    if (error.cause !== undefined && depth < opts.maxDepth) {
      ancestors.push(error);
      try {
        out.cause = walk(error.cause, depth + 1);
      } finally {
        ancestors.pop();
      }
    }
    return out;
  }

  return walk(value, 0);
}

function constructorName(obj: object): string {
  const name = (obj as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name ? name : 'Object';
}

function isWindowLike(obj: object): boolean {
  const w = obj as { window?: unknown; self?: unknown };
  try {
    return w.window === obj && w.self === obj;
  } catch {
    return false;
  }
}
