import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@/components/style.css';

createRoot(document.getElementById('root')!).render(<App />);
