/** The warning code the core gives pages without a text layer (scans): nothing could be read from them. */
export const NO_TEXT_LAYER = 'NO_TEXT_LAYER';
