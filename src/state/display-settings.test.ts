import { describe, expect, it } from 'vitest';
import { readSettings } from './display-settings.svelte';

describe('reading the stored display settings', () => {
  it('takes both settings when each is one of its values', () => {
    expect(readSettings({ digits: 'latn', calendar: 'islamic-umalqura' })).toEqual({
      digits: 'latn',
      calendar: 'islamic-umalqura',
    });
  });

  it('keeps nothing else that was stored beside them', () => {
    expect(readSettings({ digits: 'arab', calendar: 'gregory', theme: 'dark' })).toEqual({
      digits: 'arab',
      calendar: 'gregory',
    });
  });

  it('refuses a value neither setting allows, a missing setting, or something not an object', () => {
    expect(readSettings({ digits: 'roman', calendar: 'gregory' })).toBeNull();
    expect(readSettings({ digits: 'latn', calendar: 'julian' })).toBeNull();
    expect(readSettings({ digits: 'latn' })).toBeNull();
    expect(readSettings(null)).toBeNull();
    expect(readSettings('latn')).toBeNull();
    expect(readSettings(['arab', 'gregory'])).toBeNull();
  });
});
