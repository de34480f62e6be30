/**
 * Validating input against a wire schema: a 422 `validation_failed` listing
 * the zod issues, the same for every endpoint.
 */
import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses `value` with `schema` or throws `validation_failed`. */
export function validate<T extends z.ZodType>(schema: T, value: unknown, message: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('validation_failed', 422, message, parsed.error.issues);
  return parsed.data;
}
