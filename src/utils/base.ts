// The site's base path for components and pages (Starlight's utils/base.ts does the same job).
import { basePath } from '../lib/site.ts';

/** `/` or `/wandb-403/`: what every link of ours starts with. */
export const BASE = basePath(import.meta.env.BASE_URL);
