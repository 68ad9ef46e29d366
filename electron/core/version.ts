/** The app version, injected by the build (esbuild define) and read from package.json in tests. */
declare const __GOUJI_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __GOUJI_VERSION__ === 'string' ? __GOUJI_VERSION__ : (process.env.npm_package_version ?? '0.0.0-dev');
