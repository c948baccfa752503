import { seedWorld } from '@org/demo';
import { indexWorld, writeFeed } from '@org/formats';
import { describe, expect, it } from 'vitest';
import { siteFeedOptions } from './feed-options.js';
import { linkContext } from './routes.js';
import { SHARE_IMAGE_PATH } from './share-image.js';
import { DEMO_SITE_CONFIG } from './site-config.js';
import { TOUCH_ICON_PATH } from './site-icons.js';

describe('siteFeedOptions', () => {
  const base = 'https://mosty.example/fundacja';

  it('names the site, its icon and share image under its path, and the publisher with its page or the home page', () => {
    const en = linkContext(`${base}/`, 'en');
    const withPage = siteFeedOptions(en, DEMO_SITE_CONFIG, true);
    expect(withPage).toMatchObject({
      locale: 'en',
      siteUrl: base,
      siteName: 'Mosty',
      description: 'Cooperation between local governments, NGOs and the social economy',
      icon: `${base}${TOUCH_ICON_PATH}`,
      logo: `${base}${SHARE_IMAGE_PATH}`,
      license: DEMO_SITE_CONFIG.license,
      author: {
        name: DEMO_SITE_CONFIG.publisher.name,
        email: DEMO_SITE_CONFIG.publisher.email,
        url: `${base}/en/organisations/${DEMO_SITE_CONFIG.publisher.organizationSlug}`,
      },
    });
    expect(siteFeedOptions(en, DEMO_SITE_CONFIG, false).author?.url).toBe(`${base}/en/`);
    const unsigned = siteFeedOptions(linkContext(base, 'pl'), undefined, false);
    expect(unsigned).not.toHaveProperty('author');
    expect(unsigned).not.toHaveProperty('license');
    expect(unsigned).not.toHaveProperty('trailingSlash');
  });

  it('gives the static export’s links their trailing slash, in the feed the writer makes of them', () => {
    const world = seedWorld();
    const ctx = linkContext(base, 'pl', true);
    const options = siteFeedOptions(ctx, DEMO_SITE_CONFIG, true);
    expect(options.trailingSlash).toBe(true);
    const atom = writeFeed('atom', { events: world.events, posts: world.posts }, indexWorld(world), options);
    expect(atom).toContain(`<link href="${base}/wydarzenia/${world.events[0]?.slug}/"/>`);
    expect(atom).toContain(`<uri>${base}/organizacje/${DEMO_SITE_CONFIG.publisher.organizationSlug}/</uri>`);
  });
});
