import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LinkContext } from './routes.js';

/**
 * The picture link previews show for every page (Open Graph `og:image`, which the protocol requires):
 * a 1200×630 PNG of the site's name and tagline, made from `assets/share-card.html` (see the README).
 * Served under a content-hashed path, like the stylesheet, so it can be cached for good.
 */
export const SHARE_IMAGE: Uint8Array = readFileSync(new URL('../assets/share.png', import.meta.url));
export const SHARE_IMAGE_PATH = `/assets/mosty-${createHash('sha256').update(SHARE_IMAGE).digest('hex').slice(0, 10)}.png`;
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The share image's absolute URL on the site of `ctx`: its pages' `og:image`, their JSON-LD's `image` and the
 * feeds' logo.
 *
 * @example
 * shareImageUrl(linkContext('https://mosty.example/fundacja', 'pl')) // 'https://mosty.example/fundacja/assets/mosty-<hash>.png'
 */
export const shareImageUrl = (ctx: Pick<LinkContext, 'siteUrl'>): string => `${ctx.siteUrl}${SHARE_IMAGE_PATH}`;
