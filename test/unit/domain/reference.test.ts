import { describe, expect, it } from 'vitest';
import { categorySubtree, localizedName, wouldLoop } from '../../../domain/reference';

describe('localizedName', () => {
  const jade = { name: 'Jade', nameZh: '玉石' };
  it('names a record in the chosen language, falling back to the other one', () => {
    expect(localizedName(jade, 'en')).toBe('Jade');
    expect(localizedName(jade, 'zh')).toBe('玉石');
    expect(localizedName(jade, 'zh-CN')).toBe('玉石');
    expect(localizedName({ name: 'Jade', nameZh: null }, 'zh')).toBe('Jade');
    expect(localizedName({ name: 'Jade', nameZh: '' }, 'zh')).toBe('Jade');
    expect(localizedName({ name: '', nameZh: '玉石' }, 'en')).toBe('玉石');
    expect(localizedName({ nameZh: '玉石' }, 'fr')).toBe('玉石');
  });

  it('has nothing to say about nothing', () => {
    expect(localizedName(undefined, 'en')).toBe('');
    expect(localizedName(null, 'zh')).toBe('');
    expect(localizedName({}, 'zh')).toBe('');
    expect(localizedName({ name: null, nameZh: null }, 'en')).toBe('');
  });
});

describe('categorySubtree', () => {
  // 1 jewelry ─ 2 gold, 3 jade ─ 4 jadeite; 5 apparel ─ 6 womenswear
  const tree = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 1 },
    { id: 4, parentId: 3 },
    { id: 5, parentId: null },
    { id: 6, parentId: 5 },
  ];

  it('is the category and everything below it, nearest first', () => {
    expect(categorySubtree(tree, 1)).toEqual([1, 2, 3, 4]);
    expect(categorySubtree(tree, 3)).toEqual([3, 4]);
    expect(categorySubtree(tree, 4)).toEqual([4]);
    expect(categorySubtree(tree, 5)).toEqual([5, 6]);
  });

  it('an id that names nothing is just itself', () => {
    expect(categorySubtree(tree, 99)).toEqual([99]);
    expect(categorySubtree([], 1)).toEqual([1]);
  });

  it('stops at loops in bad data, listing each category once', () => {
    const looped = [
      { id: 1, parentId: 3 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 4, parentId: 4 },
    ];
    expect(categorySubtree(looped, 1)).toEqual([1, 2, 3]);
    expect(categorySubtree(looped, 2)).toEqual([2, 3, 1]);
    expect(categorySubtree(looped, 4)).toEqual([4]);
  });
});

describe('wouldLoop', () => {
  const tree = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 4, parentId: null },
  ];
  it('refuses a category under itself or under one of its descendants', () => {
    expect(wouldLoop(tree, 1, 1)).toBe(true);
    expect(wouldLoop(tree, 1, 2)).toBe(true);
    expect(wouldLoop(tree, 1, 3)).toBe(true);
    expect(wouldLoop(tree, 2, 3)).toBe(true);
  });

  it('allows a root, a sibling tree, an ancestor and a new parent that exists nowhere yet', () => {
    expect(wouldLoop(tree, 3, null)).toBe(false);
    expect(wouldLoop(tree, 1, 4)).toBe(false);
    expect(wouldLoop(tree, 3, 1)).toBe(false);
    expect(wouldLoop(tree, 2, 99)).toBe(false);
  });
});
