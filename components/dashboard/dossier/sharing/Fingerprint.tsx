import { fingerprintGroups } from '@/lib/sync/sharing/fingerprint';

/**
 * A fingerprint as its digit groups, in a monospace row that wraps only between groups, so the
 * two people comparing it read the same groups in the same places.
 */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  return (
    <code className="fingerprint" data-testid={testId} translate="no">
      {fingerprintGroups(value).map((g, i) => (
        <span key={i}>{g} </span>
      ))}
    </code>
  );
}
