/**
 * Accumulates text the way a browser lays it out, without a layout engine: collapsible
 * whitespace becomes at most one space (CSS white-space: normal), block edges become line
 * breaks, and breaks are resolved lazily so nothing leads or trails the result.
 *
 * Line breaks follow the HTML `innerText` idea of "required line break counts": consecutive
 * block edges merge into the largest count (a <p> after a <div> is one blank line, not three).
 * `<br>`s are counted separately and a run of them merges with a block edge by maximum, so a
 * trailing `<br>` at the end of a paragraph does not add an extra empty line.
 */
export class TextSink {
  private readonly out: string[] = [];
  private started = false;
  private blockBreaks = 0;
  private hardBreaks = 0;
  private pendingSpace = false;
  /** True when the next character would start a line (or follow a list marker). */
  private lineStart = true;
  private prefix = '';

  /** Text node data; `preserve` for pre/textarea, where spaces and newlines are content. */
  text(data: string, preserve: boolean): void {
    if (preserve) {
      data.split(/\r\n|\r|\n/).forEach((line, i) => {
        if (i > 0) this.hardBreak();
        if (line !== '') this.put(line);
      });
      return;
    }
    // Only ASCII whitespace collapses in CSS; NBSP and other Unicode spaces are real characters.
    for (const [token] of data.matchAll(/[ \t\n\r\f]+|[^ \t\n\r\f]+/g)) {
      if (/^[ \t\n\r\f]/.test(token)) this.pendingSpace = true;
      else this.put(token);
    }
  }

  /** A block edge: the next content starts at least `count` newlines later. */
  requireBreak(count: number): void {
    this.blockBreaks = Math.max(this.blockBreaks, count);
  }

  /** A <br> (or a newline inside pre): always a line, even between inline runs. */
  hardBreak(): void {
    this.hardBreaks += 1;
  }

  /** A list marker, written only if the item turns out to have content. */
  setPrefix(prefix: string): void {
    this.prefix = prefix;
  }

  clearPrefix(): void {
    this.prefix = '';
  }

  /** Already-formatted text (a table row): no collapsing, pending breaks still apply. */
  raw(text: string): void {
    if (text !== '') this.put(text);
  }

  toString(): string {
    return this.out.join('');
  }

  private put(chunk: string): void {
    if (this.started) {
      const breaks = this.blockBreaks > 0 ? Math.max(this.blockBreaks, this.hardBreaks) : this.hardBreaks;
      if (breaks > 0) {
        this.out.push('\n'.repeat(breaks));
        this.lineStart = true;
      }
    }
    if (this.prefix !== '') {
      this.out.push(this.prefix);
      this.prefix = '';
      this.lineStart = true;
    } else if (this.pendingSpace && !this.lineStart) {
      this.out.push(' ');
    }
    this.out.push(chunk);
    this.started = true;
    this.lineStart = false;
    this.pendingSpace = false;
    this.blockBreaks = 0;
    this.hardBreaks = 0;
  }
}
