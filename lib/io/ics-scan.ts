/**
 * Linear-time checks on iCalendar text before ical.js sees it. Invitations come from strangers'
 * email, so no step may take more than linear time (repository issue 10: regular expressions with
 * lazy and greedy spans took seconds on a file of repeated BEGIN:VEVENT lines).
 */

/**
 * The calendar inside surrounding text (an email body, a page), with '\n' line ends: the first
 * BEGIN:VCALENDAR up to the first END:VCALENDAR after it; else the first BEGIN:VEVENT up to the
 * last END:VEVENT, wrapped in a VCALENDAR. Null when there is neither. Each search is a scan for
 * a fixed literal, so the whole cut is O(length).
 */
export function cutCalendar(text: string): string | null {
  const normalized = text.replace(/\r\n?/g, '\n');
  const calBegin = findAll(normalized, /BEGIN:VCALENDAR/gi, 0, true);
  if (calBegin >= 0) {
    const calEnd = findAll(normalized, /END:VCALENDAR/gi, calBegin + 'BEGIN:VCALENDAR'.length, true);
    if (calEnd >= 0) return normalized.slice(calBegin, calEnd + 'END:VCALENDAR'.length);
  }
  const evBegin = findAll(normalized, /BEGIN:VEVENT/gi, 0, true);
  if (evBegin < 0) return null;
  const evEnd = findAll(normalized, /END:VEVENT/gi, evBegin + 'BEGIN:VEVENT'.length, false);
  if (evEnd < 0) return null;
  return `BEGIN:VCALENDAR\nVERSION:2.0\n${normalized.slice(evBegin, evEnd + 'END:VEVENT'.length)}\nEND:VCALENDAR`;
}

/** Index of the first (or last) match of a fixed literal at or after `from`, or -1. */
function findAll(text: string, literal: RegExp, from: number, first: boolean): number {
  literal.lastIndex = from;
  let found = -1;
  for (let m = literal.exec(text); m; m = literal.exec(text)) {
    found = m.index;
    if (first) break;
  }
  return found;
}

/**
 * The largest number of parameters (`;NAME=value`) on one content line, folded lines joined.
 * ical.js looks for the value's ':' again after every parameter, which is quadratic in a line
 * with thousands of them; the caller rejects such lines first. One pass over '\n'-ended text.
 */
export function maxParametersPerLine(text: string): number {
  let max = 0;
  let count = 0;
  let inValue = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      const next = text.charCodeAt(i + 1);
      if (next === 32 || next === 9) {
        i++; // a folded line goes on after the space or tab
        continue;
      }
      count = 0;
      inValue = false;
      quoted = false;
    } else if (inValue) {
      continue;
    } else if (c === 34 /* " */) {
      quoted = !quoted;
    } else if (!quoted && c === 59 /* ; */) {
      count++;
      if (count > max) max = count;
    } else if (!quoted && c === 58 /* : */) {
      inValue = true;
    }
  }
  return max;
}

/** How many components (BEGIN…END blocks) a parsed jCal tree holds; iterative, so depth costs no stack. */
export function countComponents(jcal: unknown): number {
  let count = 0;
  const stack: unknown[] = [jcal];
  while (stack.length) {
    const component = stack.pop();
    if (!Array.isArray(component)) continue;
    count++;
    const children: unknown = component[2];
    if (Array.isArray(children)) for (const child of children) stack.push(child);
  }
  return count;
}
