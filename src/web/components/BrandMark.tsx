/**
 * The Backstrong mark: a figure in a glute bridge, the program's first exercise. The drawing of
 * public/icons/icon.svg in reverse colours, so it stands out on the dark top bar.
 */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#ffffff" />
      <g
        fill="none"
        stroke="#1e3a8a"
        strokeLinecap="round"
        strokeLinejoin="round"
        transform="translate(0 -44)"
      >
        <path d="M72 392H440" strokeWidth="20" opacity="0.55" />
        <path d="M162 350L268 276L360 212L396 350H438" strokeWidth="40" />
        <circle cx="106" cy="342" r="38" fill="#1e3a8a" stroke="none" />
      </g>
    </svg>
  );
}
