/** The platform mark: a shield with a check, in the primary blue. */
export function BrandMark({ size = 32, inverted = false }: { size?: number; inverted?: boolean }) {
  const bg = inverted ? '#ffffff' : '#1677ff';
  const fg = inverted ? '#1677ff' : '#ffffff';
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill={bg} />
      <path d="M32 11 14 18v13c0 11.2 7.7 19.6 18 22 10.3-2.4 18-10.8 18-22V18L32 11Z" fill={fg} opacity="0.95" />
      <path d="m24 32 6 6 11-12" fill="none" stroke={bg} strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
