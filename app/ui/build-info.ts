declare const __BUILD_ID__: string | undefined;

/** This build's name (vite.config.ts defines it; 'dev' where nothing does, as in unit tests). */
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';
