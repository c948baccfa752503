import { testEnv } from '@org/testkit';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium with the flags TOOLCHAIN.md lists (no sandbox in containers, no network chatter). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: testEnv.CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
