export declare const SUBPATH: { site: string; base: string; outDir: string };
