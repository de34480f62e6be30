/**
 * How an endpoint is described for the OpenAPI document: a plain table entry
 * per operation, whose request and response bodies are the zod schemas of the
 * wire contract (or a component name, or hand-written JSON Schema for answers
 * the contract does not name).
 */
import type { z } from 'zod';
import type { ErrorCode } from '../../errors.js';

/** A JSON Schema object as it appears in the document. */
export type JsonSchema = Record<string, unknown>;

/** Which credential an operation takes; see the security schemes in document.ts. */
export type Auth = 'projectKey' | 'tracking' | 'agent' | 'metrics' | 'none';

/** A body: a named component, a zod schema converted in place, or JSON Schema. */
export type BodySchema = { ref: string } | { zod: z.ZodType } | { json: JsonSchema };

/** One answer of an operation. */
export interface ResponseSpec {
  description: string;
  body?: BodySchema;
  /** Defaults to `application/json`. */
  contentType?: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

/** One endpoint. */
export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The route pattern as the app mounts it, e.g. `/v1/tickets/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: Auth;
  /** Query parameters: a zod object (its input side), one parameter per property. */
  query?: z.ZodType;
  /** Descriptions of path parameters; every `:name` is a required string parameter. */
  pathParams?: Record<string, string>;
  requestBody?: {
    body: BodySchema;
    required?: boolean;
    description?: string;
    /** Other media types the body may come as, besides `application/json`. */
    alternatives?: Record<string, JsonSchema>;
  };
  responses: Record<number, ResponseSpec>;
  /** The error codes an operation may answer with, by status. */
  errors?: Partial<Record<number, ErrorCode[]>>;
}

/** Errors of every request with a JSON body. */
export const BODY_ERRORS = {
  400: ['invalid_json'],
  413: ['payload_too_large'],
  415: ['unsupported_media_type'],
  422: ['validation_failed'],
} as const satisfies Partial<Record<number, ErrorCode[]>>;

/** Errors of the public endpoints: over the rate limit. */
export const PUBLIC_ERRORS = { 429: ['rate_limited'] } as const satisfies Partial<Record<number, ErrorCode[]>>;

/** Errors of every agent API request. */
export const AGENT_ERRORS = { 401: ['missing_token', 'invalid_token'] } as const satisfies Partial<Record<number, ErrorCode[]>>;

/** Merges error tables; codes under one status are concatenated. */
export function errors(...tables: Array<Partial<Record<number, readonly ErrorCode[]>>>): Partial<Record<number, ErrorCode[]>> {
  const merged: Partial<Record<number, ErrorCode[]>> = {};
  for (const table of tables) {
    for (const [status, codes] of Object.entries(table)) {
      merged[Number(status)] = [...new Set([...(merged[Number(status)] ?? []), ...(codes ?? [])])];
    }
  }
  return merged;
}

/** The OpenAPI path of a route pattern: `/v1/tickets/:id` → `/v1/tickets/{id}`. */
export function openApiPath(pattern: string): string {
  return pattern.replace(/:(\w+)/g, '{$1}');
}

/** The names of a route pattern's path parameters, in order. */
export function pathParamNames(pattern: string): string[] {
  return [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}
