/**
 * zod without its JIT. zod 4 compiles object parsers with `new Function` after probing whether it
 * may; an extension page's CSP forbids it, and the Firefox add-on linter reports the code as eval
 * (repository issue 10, finding 5). Imported for its side effect by every schema module that
 * builds schemas from zod alone (lib/schema/common.ts and the ones that do not import it), so
 * any bundle that holds a schema has zod configured before the first parse.
 */
import { z } from 'zod';

z.config({ jitless: true });
