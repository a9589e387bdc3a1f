import { getDb } from '@/lib/db/app-db';
import { readFirstScreenEarly } from './first-screen';
import { routeParts } from './use-hash-route';

// Imported first by entrypoints/dashboard/main.tsx, so this runs as soon as the database code has:
// the portfolio's first-screen read then goes on in IndexedDB while React and the views' code
// are still being evaluated (issue 13, the portfolio's first paint).
const [section] = routeParts();
if (section === undefined || section === 'accounts') readFirstScreenEarly(getDb());
