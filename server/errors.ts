/**
 * Errors a service raises on purpose. Routers and the HTTP API translate them (tRPC codes,
 * HTTP statuses); anything else is a bug and answers 500 without details.
 */
export type ServiceErrorCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'PRECONDITION_FAILED' | 'PAYLOAD_TOO_LARGE' | 'TOO_MANY_REQUESTS';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `buyer.id`. */
  path: string;
  message: string;
}

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string) => new ServiceError('NOT_FOUND', `${what} not found`);
export const forbidden = (why: string) => new ServiceError('FORBIDDEN', why);
