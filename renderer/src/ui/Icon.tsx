/** Small line icons drawn inline, so toolbars carry no literal glyphs and no icon font. */
const PATHS = {
  previous: 'M10 3 5 8l5 5',
  next: 'M6 3l5 5-5 5',
  back: 'M13 8H3m4-4L3 8l4 4',
  zoomIn: 'M3 8h10M8 3v10',
  zoomOut: 'M3 8h10',
  fitWidth: 'M2 8h12M2 5v6m12-6v6M5 6 3 8l2 2m6-4 2 2-2 2',
  up: 'M3 10l5-5 5 5',
  down: 'M3 6l5 5 5-5',
  close: 'M4 4l8 8M12 4l-8 8',
  sidebar: 'M2 3h12v10H2zM6 3v10',
  search: 'M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10zm3.5-1.5L14 14',
  help: 'M6 6a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.5V10m0 2.5v.5',
  comment: 'M3 3h10v7H7l-3 3v-3H3z',
  region: 'M2 5V2h3m6 0h3v3m0 6v3h-3M5 14H2v-3M6 8h4M8 6v4',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
