import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { analyse } from '../src/domain/analyse';
import type { Analysis } from '../src/domain/analysis';
import { parseAssessment } from '../src/domain/schemas/parse-assessment';
import { loadModel } from '../src/lib/model/load-model';
import { interpolate, type Params } from '../src/i18n/interpolate';
import { currentId, hydrated, openHome, settled } from './helpers';

/** The page languages. */
export type Lang = 'en' | 'ar';
export const LANGS: Lang[] = ['en', 'ar'];
/** The example files the start page opens. */
export const EXAMPLES = [
  'bank-fragmented',
  'government-agency',
  'telecom-controlled',
  'gulf-islamic-bank',
] as const;
export type Example = (typeof EXAMPLES)[number];

/** The translation file of a language. */
export const strings = (lang: Lang): Record<string, string> =>
  JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const S = { en: strings('en'), ar: strings('ar') };

/** A string of the translation files, placeholders left in. */
export const text = (lang: Lang, key: string): string => S[lang][key] ?? key;

/** A string of the translation files filled as the page fills it (Arabic isolates values). */
export const filled = (lang: Lang, key: string, params: Params): string =>
  interpolate(text(lang, key), params, lang);

/** The analysis the page should show, computed here by the product's own analyse(). */
export function expected(name: Example): Analysis {
  const parsed = parseAssessment(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return analyse(loadModel(), parsed.value);
}

/** Copies an example into the browser from the start page, which opens its results; returns the record id. */
export async function openResults(page: Page, lang: Lang, name: Example): Promise<string> {
  await openHome(page, lang);
  const label = `${text(lang, 'home.examples.load')}: ${text(lang, `example.${name}.name`)}`;
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForURL(/\/results\/\?id=/);
  await hydrated(page);
  await expect(page.locator('#overview-title')).toBeVisible();
  await settled(page);
  return currentId(page);
}

/** Copies an example into the browser, then opens its answers in the questionnaire; returns the record id. */
export async function openExample(page: Page, lang: Lang, name: Example): Promise<string> {
  const id = await openResults(page, lang, name);
  await page.goto(`/${lang}/assess/?id=${id}`);
  await hydrated(page);
  return id;
}
