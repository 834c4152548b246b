// One place maps every error to a status and a page. Users see a clear message and,
// for server faults, a reference to quote; the stack stays in the log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, TooMany } from '../../errors.js';
import { sendHtml } from '../../web/render.js';
import type { PageContextFactory } from '../../web/render.js';
import { ErrorPage, NotFoundPage } from '../../web/error-pages.js';

interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  params?: { limit?: number; type?: string; missingProperty?: string };
}

/** A sentence a person can act on, from the first schema violation. */
export function describeValidation(context: string | undefined, issues: readonly ValidationIssue[]): string {
  const issue = issues[0] ?? {};
  const params = issue.params ?? {};
  const field = params.missingProperty ?? ((issue.instancePath ?? '').replace(/^\//, '') || 'value');
  const where = context === 'body' ? 'in the form' : 'in the address';
  const problems: Record<string, string> = {
    maximum: `must be ${params.limit} or less`,
    minimum: `must be ${params.limit} or more`,
    maxLength: `must be at most ${params.limit} characters long`,
    minLength: 'must not be empty',
    required: 'is missing',
    type: params.type === 'integer' || params.type === 'number' ? 'must be a whole number' : 'is not in the expected form',
  };
  return `The “${field}” ${where} ${problems[issue.keyword ?? ''] ?? 'is not one of the accepted values'}.`;
}

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return !accept.includes('application/json') || accept.includes('text/html');
}

export async function sendError(request: FastifyRequest, reply: FastifyReply, page: PageContextFactory, status: number, title: string, message: string) {
  reply.header('cache-control', 'no-store');
  if (!wantsHtml(request)) return reply.code(status).send({ error: title, message, requestId: request.id });
  if (status === 404) return sendHtml(reply.header('cache-control', 'no-store'), <NotFoundPage ctx={page(request)} message={message} />, 404);
  return sendHtml(reply, <ErrorPage ctx={page(request)} status={status} title={title} message={message} requestId={request.id} />, status);
}

const TITLES: Record<number, string> = {
  400: 'There is a problem with that request',
  403: 'You cannot do that',
  404: 'Page not found',
  409: 'That has changed since you loaded it',
  413: 'That is too large',
  415: 'That type of content is not accepted',
  429: 'Too many requests',
};

export function registerErrorHandling(app: FastifyInstance, page: PageContextFactory): void {
  app.setNotFoundHandler(async (request, reply) => sendError(request, reply, page, 404, TITLES[404]!, 'We could not find a page at that address.'));

  app.setErrorHandler(async (error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof TooMany) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendError(request, reply, page, error.status, TITLES[error.status] ?? 'Something went wrong', error.message);
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.validation) {
      return sendError(request, reply, page, 400, TITLES[400]!, describeValidation(fastifyError.validationContext, fastifyError.validation as ValidationIssue[]));
    }
    const status = fastifyError.statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, body too large, bad content type): safe to describe.
      return sendError(request, reply, page, status, TITLES[status] ?? TITLES[400]!, 'The request could not be understood. Please check it and try again.');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, page, 500, 'Sorry, something went wrong', 'We could not show this page because of a fault on our side. It has been logged and we will look into it. Please try again in a moment.');
  });
}
