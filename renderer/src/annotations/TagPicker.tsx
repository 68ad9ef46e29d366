import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnotations } from '../state/annotations';
import { addTag, tagOptions, toggleTag } from './annotationModel';
import { TagChip } from './TagChip';

/** The preset tags and the filing's custom ones as toggles, and a field to add a new one. */
export function TagPicker({ tags, onChange }: { tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const { t } = useTranslation();
  const annotations = useAnnotations((state) => state.annotations);
  const [typed, setTyped] = useState('');
  const options = [...new Set([...tagOptions(annotations), ...tags])];
  const add = () => {
    onChange(addTag(tags, typed));
    setTyped('');
  };
  return (
    <div className="tag-picker" role="group" aria-label={t('annotations.tagsLabel')}>
      {options.map((tag) => (
        <TagChip key={tag} tag={tag} pressed={tags.includes(tag)} testId="annotation-tag" onClick={() => onChange(toggleTag(tags, tag))} />
      ))}
      <input
        className="input tag-input"
        data-testid="annotation-tag-input"
        placeholder={t('annotations.customTag')}
        aria-label={t('annotations.customTag')}
        maxLength={40}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          add();
        }}
        onBlur={() => typed.trim() && add()}
      />
    </div>
  );
}
