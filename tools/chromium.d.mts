/** The Chromium binary: `CHROMIUM_PATH`, else Debian's package. */
export declare const CHROMIUM_PATH: string;
/** The command-line flags every launch uses. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Launch options for puppeteer and @web/test-runner-chrome. */
export declare function chromiumLaunchOptions(): { executablePath: string; headless: boolean; args: string[] };
