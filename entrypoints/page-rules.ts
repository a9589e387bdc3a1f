import { genericAdapter } from '@/lib/adapters/generic';
import { adapterFromRule } from '@/lib/adapters/site-rule';
import { provideRuleCode } from '@/lib/content/rule-code';

/**
 * Injected by the worker, before it answers a content script's contentConfig, into a frame whose
 * page the user wrote rules for (lib/background/start-background.ts). Never listed in the
 * manifest; it only hands the rule code to the content script (lib/content/rule-code.ts).
 */
export default defineUnlistedScript(() => provideRuleCode({ adapterFromRule, genericAdapter }));
