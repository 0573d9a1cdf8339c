// Preloaded into the web service for `npm run load` only (node --expose-gc --require this):
// on a message from the load generator, collect garbage and report the process's memory.
'use strict';
if (typeof process.send === 'function') {
  process.on('message', (message) => {
    if (message !== 'memory') return;
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    process.send({ memory: process.memoryUsage() });
  });
  // The IPC channel must not keep the service alive once it is asked to stop.
  process.channel?.unref();
}
