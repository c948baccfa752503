import { describe, expect, it } from 'vitest';
import { itemHeading } from './agenda-heading.js';

describe('itemHeading', () => {
  it.each([
    [{ kind: 'break' as const }, 'pl', 'Przerwa'],
    [{ kind: 'break' as const, title: '   ' }, 'en', 'Break'],
    [{ kind: 'introduction' as const, title: 'Wprowadzenie' }, 'pl', 'Wprowadzenie'],
    [{ kind: 'discussion' as const, title: 'Dyskusja w grupach' }, 'pl', 'Dyskusja w grupach'],
    [{ kind: 'discussion' as const, title: 'dyskusja: co dalej' }, 'pl', 'dyskusja: co dalej'],
    [{ kind: 'panel' as const, title: 'Sprawny urząd' }, 'pl', 'Panel: Sprawny urząd'],
    [{ kind: 'panel' as const, title: 'Panelowy dzień' }, 'pl', 'Panel: Panelowy dzień'],
    [{ kind: 'presentation' as const, title: 'Wyniki badania' }, 'en', 'Presentation: Wyniki badania'],
  ])('heads %o in %s as "%s"', (item, locale, heading) => {
    expect(itemHeading(item, locale as 'pl' | 'en')).toBe(heading);
  });
});
