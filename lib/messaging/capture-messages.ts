/** Filled in by the capture feature. */
export type CaptureRequest = unknown;
export type CaptureSaveResult = { ok: boolean };
