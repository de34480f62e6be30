/**
 * THE SCREENSHOT ADAPTER'S CONTRACT: the lazy module `@aftercare/sdk/screenshot`
 * that the SDK is adding. TypeScript uses this declaration only while the SDK
 * does not export the module; once it does, the SDK's own types win (a file
 * is found before an ambient declaration) and this file can be deleted.
 */
declare module '@aftercare/sdk/screenshot' {
  /** Captures the visible part of the page. */
  export function captureViewport(options?: {
    /** Elements matching these are painted over (besides the SDK's masking rule). */
    maskSelectors?: string[];
    /** Elements left out of the capture (the widget itself). */
    exclude?: Element[];
    /** Largest encoded size, in bytes. */
    maxBytes?: number;
  }): Promise<{ blob: Blob; width: number; height: number; type: string }>;
}
