import * as v from 'valibot';
import { DEFAULT_SETTINGS, type DisplaySettings } from '../i18n/format';

const KEY = 'ccm:settings';
const SettingsSchema = v.object({
  digits: v.picklist(['arab', 'latn']),
  calendar: v.picklist(['gregory', 'islamic-umalqura']),
});

function load(): DisplaySettings {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    const parsed = v.safeParse(SettingsSchema, raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.output : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** The reader's choice of digits and calendar for Arabic pages, shared by every island. */
class DisplaySettingsState {
  // Raw, not a deep proxy: every number a chart formats reads it, and `set` replaces it whole.
  current: DisplaySettings = $state.raw(load());

  /** Changes one setting and remembers it in this browser. */
  set<K extends keyof DisplaySettings>(key: K, value: DisplaySettings[K]): void {
    this.current = { ...this.current, [key]: value };
    try {
      localStorage.setItem(KEY, JSON.stringify(this.current));
    } catch {
      // Storage full or blocked: the choice still applies to this page.
    }
  }
}

/** The shared display settings. */
export const displaySettings = new DisplaySettingsState();
