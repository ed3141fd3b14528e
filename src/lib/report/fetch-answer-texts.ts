/** The answers' words for the results page, which leaves them out of its HTML and fetches them. */
import type { Lang } from '../../i18n';
import type { AnswerTexts } from './answers-csv';

const asked = new Map<Lang, Promise<AnswerTexts | null>>();

/** The answers' words in a language, fetched once per page; null when they could not be (asked again next time). */
export function fetchAnswerTexts(lang: Lang): Promise<AnswerTexts | null> {
  let texts = asked.get(lang);
  if (!texts) {
    texts = fetch(`/${lang}/answer-texts.json`)
      .then((response) => (response.ok ? (response.json() as Promise<AnswerTexts>) : null))
      .catch(() => null)
      .then((found) => {
        if (!found) asked.delete(lang);
        return found;
      });
    asked.set(lang, texts);
  }
  return texts;
}
