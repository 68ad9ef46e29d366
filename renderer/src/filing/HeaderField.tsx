import type { ReactNode } from 'react';

/** One label/value pair of the filing header (inside a <dl>). */
export function HeaderField({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="field">
      <dt className="field-label">{label}</dt>
      <dd className="field-value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
