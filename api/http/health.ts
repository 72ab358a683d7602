import type { Request, Response } from 'express';

export interface ReadinessProbe {
  /** Resolves with a reason when the service cannot serve, null when it can. */
  notReadyReason(): Promise<string | null>;
}

/** Process alive: answers as long as the event loop turns. */
export function healthz(_req: Request, res: Response): void {
  res.status(200).json({ status: 'ok' });
}

/** Ready: Neo4j answers and the schema migrations are applied. */
export function readyz(probe: ReadinessProbe) {
  return async (_req: Request, res: Response): Promise<void> => {
    const reason = await probe.notReadyReason();
    if (reason === null) res.status(200).json({ status: 'ready' });
    else res.status(503).json({ status: 'not ready', reason });
  };
}
