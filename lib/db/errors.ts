/** Errors a user can act on; the UI shows `message` (an i18n key) with `params`. */
export class UserFacingError extends Error {
  constructor(
    readonly key: string,
    readonly params: string[] = [],
  ) {
    super(key);
  }
}

/** Another tab changed the same fields since this editor loaded them. */
export class ConflictError extends UserFacingError {
  constructor(readonly fields: string[]) {
    super('errorConflict', [fields.join(', ')]);
  }
}

/** Turns storage failures into something a user understands; nothing was written. */
export function toUserFacing(err: unknown): UserFacingError {
  if (err instanceof UserFacingError) return err;
  const e = err as { name?: string; inner?: { name?: string }; message?: string } | undefined;
  const name = e?.inner?.name ?? e?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(e?.message ?? '')) return new UserFacingError('errorDiskFull');
  return new UserFacingError('errorUnexpected', [String(e?.message ?? err)]);
}
