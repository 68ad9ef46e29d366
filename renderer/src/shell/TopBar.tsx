import { ImportButtons } from '../import/ImportButtons';
import { useMay } from '../auth/permissions';
import { QueueButton } from '../queue/QueueButton';
import { Brand } from './Brand';
import { Breadcrumb } from './Breadcrumb';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

export function TopBar() {
  const supervises = useMay('supervise');
  return (
    <header className="top-bar">
      <Brand />
      <Breadcrumb />
      <div className="top-bar-actions">
        {supervises && <QueueButton />}
        <ImportButtons />
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}
