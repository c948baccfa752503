// `prepublishOnly` of the published packages: refuses to publish unless pnpm runs it. Their manifests
// take versions from the workspace (`catalog:`, `workspace:^`), which `pnpm pack` and `pnpm publish`
// (what `changeset publish` runs here) write out as version ranges; `npm publish` ships them as they are,
// and npm then cannot install the package ("Unsupported URL Type catalog:").
const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  console.error(
    `${process.env.npm_package_name ?? 'this package'}: publish it with pnpm (\`pnpm changeset publish\` or \`pnpm publish\`), not ${agent.split(' ')[0] || 'this tool'}: ` +
      'its catalog: and workspace: versions are written out only by pnpm, and a package published without them cannot be installed.',
  );
  process.exit(1);
}
