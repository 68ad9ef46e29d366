import { tagTone } from './annotationModel';

type Props = { tag: string; pressed?: boolean; onClick?: () => void; testId?: string };

/** A tag in its tone's colour: a plain label, or a toggle when it can be clicked. */
export function TagChip({ tag, pressed, onClick, testId }: Props) {
  const className = `tag-chip tone-${tagTone(tag)}`;
  if (!onClick) return <span className={className}>{tag}</span>;
  return (
    <button type="button" className={className} aria-pressed={pressed} data-testid={testId} data-tag={tag} onClick={onClick}>
      {tag}
    </button>
  );
}
