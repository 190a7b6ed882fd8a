import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/send';
import { Catalogue } from './Catalogue';
import { SettingsPanel } from './SettingsPanel';
import { LlmPanel } from './LlmPanel';
import { SyncPanel } from './SyncPanel';
import { ReviewWorkspace } from './ReviewWorkspace';

type Status = { products: number; rulings: number; openExceptions: number };

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    send('get-status', {}).then(setStatus, () => setStatus(null));
  }, [version]);
  const changed = () => setVersion((v) => v + 1);

  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: 16 }}>
      <h1>ClearLane</h1>
      {status && (
        <p data-testid="status">
          {status.products} products · {status.rulings} team rulings · {status.openExceptions} open exceptions
        </p>
      )}
      <ReviewWorkspace version={version} onChange={changed} />
      <Catalogue version={version} onChange={changed} />
      <SyncPanel onChange={changed} />
      <SettingsPanel />
      <LlmPanel />
    </main>
  );
}
