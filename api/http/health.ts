import type { Request, Response } from 'express';

export interface ReadinessProbe {
  /** Why the service cannot serve, or null when it can; read from kept state, so it answers at once. */
  notReadyReason(): string | null;
}

/** Process alive: answers as long as the event loop turns. */
export function healthz(_req: Request, res: Response): void {
  res.status(200).json({ status: 'ok' });
}

/** Ready: Neo4j answers and the schema migrations are applied. */
export function readyz(probe: ReadinessProbe) {
  return (_req: Request, res: Response): void => {
    const reason = probe.notReadyReason();
    if (reason === null) res.status(200).json({ status: 'ready' });
    else res.status(503).json({ status: 'not ready', reason });
  };
}
