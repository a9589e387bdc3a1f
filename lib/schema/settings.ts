import { z } from 'zod';
import { Domain } from './account';

export const defaultFreemail = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'yandex.ru',
  'ya.ru',
  'yandex.com',
  'rambler.ru',
  'suomi24.fi',
  'luukku.com',
  'posti.net',
];

/** User settings, one record; every field defaults so an empty store is valid. */
export const Settings = z.looseObject({
  /** The user's own company domains: colleagues on a thread are ignored. */
  ownDomains: z.array(Domain).default([]),
  freemailDomains: z.array(Domain).default(defaultFreemail),
  /** Self-hosted webmail origins the user added, e.g. https://mail.example.com */
  webmailOrigins: z.array(z.string()).default([]),
  /** Origins where the generic mailto adapter is enabled. */
  genericOrigins: z.array(z.string()).default([]),
  defaultRemindBeforeMin: z.number().int().nonnegative().default(30),
});
export type Settings = z.infer<typeof Settings>;
