import { errors } from '@strapi/utils';

// How the gate says no. A refusal is a PolicyError: Strapi answers 403 and — unlike a
// plain ForbiddenError, whose message its router replaces with "Forbidden" — keeps the
// Chinese reason, on every path (REST, admin, content-manager). ValidationError is 400.
// A 409 has no Strapi class, so the gate's own controllers translate ConflictError
// (see controllers/gate.ts).

export class ConflictError extends errors.ApplicationError {
  constructor(message: string, details?: unknown) {
    super(message, details as any);
    (this as any).name = 'ConflictError';
  }
}

/** 403: this person or this path may not do it (roles, separation of duties, unreviewed release). */
export const forbidden = (message: string, details?: unknown) => new errors.PolicyError(message, details as any);
/** 409: the review is not in a state that allows it, or someone else changed it first. */
export const conflict = (message: string, details?: unknown) => new ConflictError(message, details);
/** 400: the request itself is malformed (unknown step, rejection without a comment…). */
export const invalid = (message: string, details?: unknown) => new errors.ValidationError(message, details as any);
export const notFound = (message: string) => new errors.NotFoundError(message);

export function httpStatusOf(err: unknown): number | null {
  if (err instanceof ConflictError) return 409;
  if (err instanceof errors.ForbiddenError) return 403;
  if (err instanceof errors.NotFoundError) return 404;
  if (err instanceof errors.ApplicationError) return 400;
  return null;
}
