/** The programme could not be reached, timed out, failed (5xx) or the circuit is open: try again later. */
export class ProgrammeUnavailableError extends Error {
  constructor(message: string, readonly circuitOpen = false) {
    super(message);
    this.name = 'ProgrammeUnavailableError';
  }
}

/** The programme refused the request (4xx): retrying the same request will not help. */
export class ProgrammeRejectedError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ProgrammeRejectedError';
  }
}
