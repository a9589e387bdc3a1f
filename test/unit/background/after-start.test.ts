import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfterStart } from '@/lib/background/after-start';

describe('AfterStart', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs queued work once the worker has been quiet, not while requests keep coming', () => {
    const after = new AfterStart(500, 3000);
    const task = vi.fn();
    after.later(task);
    vi.advanceTimersByTime(400);
    after.busy();
    vi.advanceTimersByTime(400);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
    expect(after.started).toBe(true);
  });

  it('runs the work at the cap even when requests never stop', () => {
    const after = new AfterStart(500, 3000);
    const task = vi.fn();
    after.later(task);
    for (let t = 0; t < 2900; t += 100) {
      after.busy();
      vi.advanceTimersByTime(100);
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs work queued after the start at once, and everything only once', () => {
    const after = new AfterStart(500, 3000);
    const first = vi.fn();
    after.later(first);
    after.runNow();
    after.runNow();
    vi.advanceTimersByTime(5000);
    expect(first).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    after.later(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('keeps running the other tasks when one throws', () => {
    const after = new AfterStart(500, 3000);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const second = vi.fn();
    after.later(() => {
      throw new Error('boom');
    });
    after.later(second);
    vi.advanceTimersByTime(500);
    expect(second).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
