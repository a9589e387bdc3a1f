import { MAX_CAPTURE_BYTES } from '@/lib/capture/truncate';
import { formatBytes } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { CaptureView } from '@/lib/messaging/pages-to-worker';

/**
 * What will be saved, as text: React puts it in a text node, so markup, handlers or
 * javascript: URLs in a hostile page's selection are shown as the words they are, never run.
 * dir="auto" lets Arabic or Hebrew read right to left; the source URL is text, not a link.
 */
export function QuotePreview({ capture, text }: { capture: CaptureView; text: string }) {
  return (
    <section className="capture-what">
      <p className="capture-source small" data-testid="capture-source">
        <span className="muted">{t('captureFrom')}: </span>
        <span dir="auto">{capture.source.title}</span>{' '}
        <span className="url muted" dir="ltr">
          {capture.source.url}
        </span>
      </p>
      {text ? (
        // Long quotes scroll (capture.css): focusable so a keyboard user can scroll them too.
        <pre className="capture-quote" dir="auto" tabIndex={0} aria-label={t('captureQuoteLabel')} data-testid="capture-quote">
          {text}
        </pre>
      ) : (
        <p className="muted small" data-testid="capture-quote-empty">
          {t('captureNothingSelected')}
        </p>
      )}
      {capture.truncated && (
        <p className="capture-note small" role="note" data-testid="capture-truncated">
          {t('captureTruncated', formatBytes(capture.bytes), formatBytes(MAX_CAPTURE_BYTES))}
        </p>
      )}
    </section>
  );
}
