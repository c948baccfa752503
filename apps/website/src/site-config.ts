// The file SITE_CONFIG names is read and checked by @org/site, which the admin's previews share.
export { DEMO_CONFIG_WARNING, loadSiteConfig, SiteConfigSchema } from '@org/site';
