/**
 * Reading request bodies: the size limit, the content type and JSON parsing,
 * each failing with its own code instead of a 500.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.js';

/** Rejects bodies over `maxBytes` with `413 payload_too_large`, counting streamed bytes too. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('payload_too_large', 413, `The body is larger than ${maxBytes} bytes`, {
        limitBytes: maxBytes,
      });
    },
  });
}

/** Parses a JSON body; `415 unsupported_media_type` or `400 invalid_json` when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', 415, 'Send the body as application/json');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('invalid_json', 400, `The body is not valid JSON: ${(error as Error).message}`);
  }
}
