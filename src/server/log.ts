import type { IncomingMessage } from 'node:http';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

/**
 * Secrets never reach a log: reset tokens, passwords, cookies and authorization headers are replaced
 * wherever a log line could carry them: the request URL (a reset link is opened as
 * `/reset-password?token=…`), request and reply headers, fields named after secrets, error messages and
 * the database's own error fields (a failed query's parameters can hold a token).
 */
const REDACTED = '[redacted]';

const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'link',
  'cookie',
  'authorization',
];

const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  ...SECRET_FIELDS.map((field) => `details[*].${field}`),
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
];

/** Query values and verification identifiers that are secrets, in any text: URLs, messages, stacks. */
const SECRET_IN_TEXT =
  /((?:[?&;]|\b)(?:token|password|newPassword|currentPassword)=)[^&\s"';]+|(reset-password:)[^\s"',)]+|(session_token=)[^\s"';]+/gi;

export function redactSecretsInText(text: string): string {
  return text.replace(
    SECRET_IN_TEXT,
    (_match, query?: string, identifier?: string, cookie?: string) =>
      `${query ?? identifier ?? cookie ?? ''}${REDACTED}`,
  );
}

interface LoggedRequest extends Pick<IncomingMessage, 'method' | 'url' | 'socket'> {
  host?: string;
  ip?: string;
}

function requestForLog(request: LoggedRequest) {
  return {
    method: request.method,
    url: request.url === undefined ? undefined : redactSecretsInText(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** An error's kind, code and words; never its other fields (a database error carries its query's values). */
interface LoggedError {
  type?: string;
  message: string;
  code?: string | number;
  stack?: string;
  cause?: LoggedError;
}

function errorForLog(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { message: redactSecretsInText(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: redactSecretsInText(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(error.stack ? { stack: redactSecretsInText(error.stack) } : {}),
    ...(error.cause === undefined ? {} : { cause: errorForLog(error.cause) }),
  };
}

export const LOGGER_OPTIONS = {
  redact: { paths: REDACTED_PATHS, censor: REDACTED },
  serializers: { req: requestForLog, err: errorForLog },
  hooks: {
    logMethod(args, method) {
      const cleaned = args.map((arg) => (typeof arg === 'string' ? redactSecretsInText(arg) : arg));
      method.apply(this, cleaned as Parameters<typeof method>);
    },
  },
} satisfies LoggerOptions;

/** The process's logger: JSON lines at the configured level, to stdout unless a destination is given. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { ...LOGGER_OPTIONS, level };
  return destination ? pino(options, destination) : pino(options);
}
