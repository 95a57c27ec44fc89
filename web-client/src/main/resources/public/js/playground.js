// The playground: free cells sharing one namespace.

import { Cell } from './cell.js';
import { Engine } from './engine.js';
import { bindEngineBar, registerServiceWorker } from './ui.js';

const engine = new Engine();
window.basisEngine = engine; // for the browser tests and the curious
bindEngineBar(engine);

const cells = document.getElementById('cells');

function addCell(code = '') {
  const cell = new Cell(engine, code);
  cells.append(cell.element);
  return cell;
}

document.getElementById('add-cell').addEventListener('click', () => addCell().editor.focus());
document.getElementById('reset').addEventListener('click', async () => {
  await engine.resetSession();
});

addCell('import numpy as np\n\na = np.array([1, 2, 3])\na * 2');
registerServiceWorker();
