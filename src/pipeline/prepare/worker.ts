/** Entry of the pool's worker threads (see run.ts): one task in; the catalog's part of its result out, the rest into the results store. */
import { keepAside } from './store.ts'
import { runTask, type PrepareTask } from './task.ts'

export default function prepareInWorker(task: PrepareTask) {
  return keepAside(task.storeDir, runTask(task))
}
