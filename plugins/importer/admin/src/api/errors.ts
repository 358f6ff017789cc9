import { isFetchError } from '@strapi/strapi/admin';

export interface ApiError {
  message: string;
  details: Record<string, any>;
}

/** The server's { error: { message, details } } (Chinese), or the transport error. */
export function apiError(e: unknown): ApiError {
  if (isFetchError(e)) {
    const err = (e.response?.data as any)?.error;
    return { message: err?.message ?? e.message, details: err?.details ?? {} };
  }
  return { message: e instanceof Error ? e.message : String(e), details: {} };
}
