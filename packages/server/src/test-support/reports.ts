/**
 * Builders for test reports and requests.
 */
import { randomUUID } from 'node:crypto';
import type { ReportInputDraft } from '@aftercare/sdk/schemas';

/** A valid report body; override any field. */
export function reportBody(overrides: Partial<ReportInputDraft> = {}): ReportInputDraft {
  return {
    id: randomUUID(),
    kind: 'bug',
    message: 'The save button does nothing',
    page: { url: 'https://app.example.com/settings', title: 'Settings' },
    impact: 'hinders',
    createdAt: '2026-03-02T09:59:00.000Z',
    ...overrides,
  };
}

/** Request init for `POST /v1/reports`. */
export function postReport(key: string | undefined, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key !== undefined && { 'X-Aftercare-Key': key }),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
