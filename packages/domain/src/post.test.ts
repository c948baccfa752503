import { describe, expect, it } from 'vitest';
import { PostSchema } from './post.js';

describe('PostSchema', () => {
  it('defaults to a Polish draft in "Aktualności"', () => {
    expect(PostSchema.parse({ id: 'p', slug: 'p', title: 'Spotkanie' })).toEqual({
      id: 'p',
      slug: 'p',
      title: 'Spotkanie',
      category: 'Aktualności',
      body: '',
      hashtags: [],
      grantIds: [],
      status: 'draft',
      language: 'pl',
    });
  });
});
