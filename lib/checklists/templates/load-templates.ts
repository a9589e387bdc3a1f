/**
 * The built-in checklist texts, read once from the per-locale data files and checked against
 * their schema: a broken file fails loudly at start-up and in the unit tests, never half-loads.
 * Static imports, so every bundle carries the four locales without a fetch.
 */
import en from './en.json';
import fi from './fi.json';
import ka from './ka.json';
import ru from './ru.json';
import sources from './sources.json';
import { ItemSources, LocaleTemplateFile } from './locale-file';

export const templateFiles = {
  en: LocaleTemplateFile.parse(en),
  ru: LocaleTemplateFile.parse(ru),
  fi: LocaleTemplateFile.parse(fi),
  ka: LocaleTemplateFile.parse(ka),
};

export const itemSources: ItemSources = ItemSources.parse(sources);
