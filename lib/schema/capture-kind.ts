import './zod-config';
import { z } from 'zod';

/** What a capture becomes in the dossier; the capture dialog offers them in this order. */
export const captureKinds = ['note', 'competitor', 'need', 'task', 'event'] as const;
export const CaptureKind = z.enum(captureKinds);
export type CaptureKind = z.infer<typeof CaptureKind>;
