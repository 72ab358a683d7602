/**
 * Why an article was refused. Every refusal names its reason with a stable
 * code, so that a caller (the review API, a command line) can show its own
 * message or act on it; `message` is a sentence in English for logs and tools.
 */
export type IngestErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'UNKNOWN_ENCODING'
  | 'UNDECODABLE'
  | 'NOT_TEXT'
  | 'NO_ARTICLE_BODY'
  | 'FUTURE_DATE'
  | 'BAD_VOCABULARY'
  | 'BAD_GAZETTEER'
  | 'BAD_EXPECTED';

export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
  }
}
