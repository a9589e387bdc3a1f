import { z } from 'zod';
import '@/lib/schema';

describe('lib/schema', () => {
  it('turns off zod’s new Function JIT on import (lib/schema/zod-config.ts)', () => {
    expect(z.config().jitless).toBe(true);
  });
});
