/** The SDK's name and version, sent in `diagnostics.sdk`. */

/** The package name. */
export const SDK_NAME = '@aftercare/sdk';
/** The package version; keep in step with package.json. */
export const SDK_VERSION = '0.1.0';
