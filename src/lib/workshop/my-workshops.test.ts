import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../storage/memory-storage';
import {
  findMyWorkshop,
  readMyWorkshops,
  rememberWorkshop,
  WORKSHOPS_KEY,
  titleOf,
  workshopTitle,
  type MyWorkshop,
} from './my-workshops';

const memoryStorage = (): Storage => new MemoryStorage();

const workshop = (id: string, createdAt: string): MyWorkshop => ({
  id,
  code: `CODE${id}`,
  facilitatorSecret: `secret-${id}`,
  joinUrl: `https://example.org/join/?code=CODE${id}`,
  createdAt,
  title: `Workshop ${id}`,
});

describe("the facilitator's workshops", () => {
  it('lists the workshops this browser created, newest first', () => {
    const storage = memoryStorage();
    rememberWorkshop(workshop('a', '2026-05-01T10:00:00Z'), storage);
    rememberWorkshop(workshop('b', '2026-05-02T10:00:00Z'), storage);
    expect(readMyWorkshops(storage).map((w) => w.id)).toEqual(['b', 'a']);
    expect(findMyWorkshop('a', storage)?.facilitatorSecret).toBe('secret-a');
  });

  it('keeps one entry per workshop when one is remembered again', () => {
    const storage = memoryStorage();
    rememberWorkshop(workshop('a', '2026-05-01T10:00:00Z'), storage);
    rememberWorkshop({ ...workshop('a', '2026-05-01T10:00:00Z'), title: 'Renamed' }, storage);
    expect(readMyWorkshops(storage).map((w) => w.title)).toEqual(['Renamed']);
  });

  it('skips a damaged entry and reads nothing from damaged storage', () => {
    const storage = memoryStorage();
    storage.setItem(
      WORKSHOPS_KEY,
      JSON.stringify([{ id: 'x' }, workshop('a', '2026-05-01T10:00:00Z')]),
    );
    expect(readMyWorkshops(storage).map((w) => w.id)).toEqual(['a']);
    storage.setItem(WORKSHOPS_KEY, '{not json');
    expect(readMyWorkshops(storage)).toEqual([]);
  });

  it('titles a workshop by organisation and period, the period in the page’s language', () => {
    const bank = { organisation: { name: 'مصرف' }, period: '2026-Q3' };
    expect(workshopTitle(bank, 'en')).toBe('\u2068مصرف\u2069 · Q3 2026');
    expect(workshopTitle(bank, 'ar')).toBe('\u2068مصرف\u2069 · الربع الثالث ٢٠٢٦');
  });

  it('shows a remembered workshop in each language, and an older entry by its stored title', () => {
    const mine = {
      ...workshop('a', '2026-05-01T10:00:00Z'),
      organisation: 'Wadi',
      period: '2026-Q4',
    };
    expect(titleOf(mine, 'en')).toBe('\u2068Wadi\u2069 · Q4 2026');
    expect(titleOf(mine, 'ar')).toBe('\u2068Wadi\u2069 · الربع الرابع ٢٠٢٦');
    expect(titleOf(workshop('b', '2026-05-01T10:00:00Z'), 'ar')).toBe('Workshop b');
  });
});
