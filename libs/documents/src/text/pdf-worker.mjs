// Runs pdf.js (through unpdf) in a worker thread. unpdf loads pdf.js as an ES module, which a
// CommonJS host such as jest's module system cannot import itself; a worker is a plain Node
// thread that can. It answers with each page's text items and their positions.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocumentProxy } from 'unpdf';

try {
  const pdf = await getDocumentProxy(new Uint8Array(workerData), { verbosity: 0 });
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter((item) => 'str' in item && item.str.trim() !== '')
        .map((item) => ({
          text: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          size: Math.abs(item.transform[3]) || item.height,
        })),
    );
  }
  await pdf.cleanup?.();
  parentPort.postMessage({ pages });
} catch (error) {
  parentPort.postMessage({ error: String(error?.message ?? error) });
}
