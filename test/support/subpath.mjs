// The second build of `npm test`: the site hosted under a sub-path of another origin.
export const SUBPATH = {
	site: 'https://docs.example.com',
	base: '/wandb-403/',
	outDir: 'dist-subpath',
};
