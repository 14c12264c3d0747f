// Entry of the renderer (desktop window and web app alike).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isSampleName, openSample } from './app/file-actions';
import './app/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('页面缺少 #root 元素');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// ?sample=unit|department|budget opens a bundled sample directly (demonstrations, benchmarks, tests).
const sample = new URLSearchParams(location.search).get('sample');
if (isSampleName(sample)) void openSample(sample);
