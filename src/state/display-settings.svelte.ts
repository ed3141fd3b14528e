import { DEFAULT_SETTINGS, type DisplaySettings } from '../i18n/format';

const KEY = 'ccm:settings';

// Two settings, each one of two values: checked by hand rather than with a schema, because every
// island loads this before it shows (a valibot schema would bring valibot into every page's first
// script, the questionnaire's included).
/** The values each setting may take. */
const CHOICES: { [K in keyof DisplaySettings]: readonly DisplaySettings[K][] } = {
  digits: ['arab', 'latn'],
  calendar: ['gregory', 'islamic-umalqura'],
};

/** The settings a stored value holds, when both are there and allowed; null otherwise. */
export function readSettings(value: unknown): DisplaySettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { digits, calendar } = value as Partial<Record<keyof DisplaySettings, unknown>>;
  const allowed = <K extends keyof DisplaySettings>(
    key: K,
    choice: unknown,
  ): choice is DisplaySettings[K] => (CHOICES[key] as readonly unknown[]).includes(choice);
  return allowed('digits', digits) && allowed('calendar', calendar) ? { digits, calendar } : null;
}

function load(): DisplaySettings {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    return readSettings(raw ? JSON.parse(raw) : null) ?? { ...DEFAULT_SETTINGS };
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
